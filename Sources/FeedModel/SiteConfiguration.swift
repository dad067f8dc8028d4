/// What a run publishes under: where, named how, how many entries per feed.
public struct SiteConfiguration: Sendable, Equatable {
    /// Absolute http(s) URL where the output folder is served, ending in `/`.
    public var baseURL: String
    /// Appended to every feed title: "AI — feedpub".
    public var title: String
    /// BCP 47 tag written as the feeds' language, when set.
    public var language: String?
    /// Newest entries kept per feed.
    public var entryLimit: Int
    public var generator: FeedHeader.Generator
    /// Entries per RFC 5005 archive page; nil keeps no archive (entries past `entryLimit` drop out).
    public var archivePageSize: Int?
    /// WebSub hub every feed advertises (`rel="hub"`), when set.
    public var hubURL: String?
    /// Which image leads each entry, and whether its HTML shows it.
    public var leadImage = LeadImageRule()
    /// `clean`: which aggregator noise leaves titles and summaries.
    public var cleaning = CleaningRules()
    /// The feeds' icon and logo, unless a topic or provider has its own.
    public var branding = Branding()

    public static let defaultBaseURL = "https://feeds.example.org/"
    public static let defaultTitle = "feedpub"
    public static let defaultEntryLimit = 50
    public static let version = "0.1.0"

    public init(baseURL: String = defaultBaseURL, title: String = defaultTitle, language: String? = nil,
                entryLimit: Int = defaultEntryLimit, hubURL: String? = nil,
                archivePageSize: Int? = nil) {
        self.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
        self.title = title
        self.language = language
        self.entryLimit = entryLimit
        self.hubURL = hubURL
        self.archivePageSize = archivePageSize
        self.generator = FeedHeader.Generator(name: "feedpub", version: Self.version)
    }

    /// Absolute URL of a path inside the output folder.
    public func url(_ path: String) -> String { baseURL + path }
}
