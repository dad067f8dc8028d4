extension SiteConfiguration {
    /// Where the output folder is served: an absolute http(s) URL without query, fragment or
    /// user name, in its canonical spelling (RFC 3986 §6.2.2), ending in `/`.
    public struct BaseURL: Sendable, Equatable {
        /// The canonical URL, ending in `/`.
        public let text: String

        /// `text` canonicalised, or why it cannot be a base URL.
        public init(_ text: String) throws(InvalidSetting) {
            guard let canonical = CanonicalURL.http(text), !text.contains("?"), !text.contains("#") else {
                throw InvalidSetting(rule: "must be an absolute http or https URL without query or fragment", value: "'\(text)'")
            }
            // Userinfo would be written into every link of every feed (RFC 3986 §3.2.1 deprecates
            // passwords in URLs); the value is not echoed, so the password stays out of cron mail.
            guard !CanonicalURL.hasUserInfo(text) else {
                throw InvalidSetting(rule: "must not hold a user name or password (it would be written into every feed)", value: nil)
            }
            self.text = canonical.hasSuffix("/") ? canonical : canonical + "/"
        }
    }
}
