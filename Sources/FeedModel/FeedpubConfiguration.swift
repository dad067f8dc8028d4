/// What `feedpub.yml` says. Every setting is optional: the command line overrides it, and
/// feedpub's defaults fill what neither gives. The YAML keys live in `ConfigurationDecoder`.
public struct FeedpubConfiguration: Sendable, Equatable {
    public var title: String?
    public var baseURL: String?
    public var language: String?
    /// The description (RSS `<description>`, Atom `<subtitle>`) of the feed of all articles.
    public var description: String?
    /// The generator's name written into every feed (its version stays feedpub's).
    public var generator: String?
    public var entriesPerFeed: Int?
    /// Entries per RFC 5005 archive page; nil: no archive.
    public var archivePageSize: Int?
    /// WebSub hub the feeds advertise and that is told of changes.
    public var hubURL: String?
    /// Largest size of one feed file; the oldest entries are dropped until it fits (never below one).
    public var bytesPerFeed: Int?
    public var rules = InclusionRules()
    /// `images`: which image leads each entry, and whether its HTML shows it.
    public var leadImage = LeadImageRule()
    /// `clean`: which aggregator noise leaves titles and summaries.
    public var cleaning = CleaningRules()
    /// `icon` and `logo`: every feed's, unless its topic or provider sets its own.
    public var branding = Branding()
    var overrides = FeedOverrides()
    /// `feeds:`: the feeds defined by rules, in the order written.
    public var customFeeds: [CustomFeed] = []
    /// Which feeds to write; nil: all of them.
    var feedKinds: Set<FeedKindSelection>?
    /// Which formats to write (`rss`, `atom`, `json`); nil: all of them.
    public var formats: Set<String>?
    /// `retired_feeds.keep_days`: how long a feed no longer produced stays published (marked
    /// expired) before its folder answers 410, in days counted back from the newest article.
    public var retiredFeedsKeepDays = 30

    /// The custom feeds' keywords, which pass 1 matches in every article (`ArticleSummary.keywords`).
    public var keywords: KeywordList { KeywordList(customFeeds) }

    public init() {}

    /// The three groups of feeds `write.feeds` picks from.
    enum FeedKindSelection: String, Sendable, CaseIterable {
        case all, topics, providers, languages
    }

    /// The format names `write.formats` accepts, in `FeedFormat` order.
    static let formatNames = FeedFormat.allCases.map(\.rawValue)

    /// Whether a feed of `kind` is written.
    public func writes(_ kind: FeedHeader.Kind) -> Bool {
        guard let feedKinds else { return true }
        switch kind {
        case .all: return feedKinds.contains(.all)
        case .topic: return feedKinds.contains(.topics)
        case .provider: return feedKinds.contains(.providers)
        case .language: return feedKinds.contains(.languages)
        // Each is configured by name: `write.feeds` picks among the feeds made for every name.
        case .custom: return true
        }
    }
}
