/// A feed's images from `feedpub.yml`, site-wide or per topic or provider: absolute http(s) URLs.
public struct Branding: Sendable, Equatable {
    /// A small square image: Atom `<icon>`, JSON Feed `favicon`.
    public var icon: String?
    /// A larger image: RSS `<image>`, Atom `<logo>`, JSON Feed `icon`.
    public var logo: String?

    public init(icon: String? = nil, logo: String? = nil) {
        self.icon = icon
        self.logo = logo
    }

    /// An absolute http(s) URL of an image, in its canonical spelling.
    public struct ImageURL: Sendable, Equatable {
        /// The canonical URL.
        public let text: String

        /// `text` canonicalised, or why it cannot be an image's URL.
        public init(_ text: String) throws(SiteConfiguration.InvalidSetting) {
            guard let canonical = CanonicalURL.http(text) else {
                throw SiteConfiguration.InvalidSetting(rule: "must be an absolute http or https URL", value: "'\(text)'")
            }
            self.text = canonical
        }
    }
}
