extension SiteConfiguration {
    /// A WebSub hub: an absolute http(s) URL without fragment, in its canonical spelling.
    public struct HubURL: Sendable, Equatable {
        /// The canonical URL.
        public let text: String

        /// `text` canonicalised, or why it cannot be a hub's URL.
        public init(_ text: String) throws(InvalidSetting) {
            guard let canonical = CanonicalURL.http(text), !text.contains("#") else {
                throw InvalidSetting(rule: "must be an absolute http or https URL without fragment", value: "'\(text)'")
            }
            self.text = canonical
        }
    }
}
