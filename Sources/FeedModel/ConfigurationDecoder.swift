internal import FeedYAML

/// Reads `feedpub.yml` into a `FeedpubConfiguration`. The only place that knows its keys.
///
/// Strict, since an editor's typo must not pass unnoticed: an unknown key, a wrong type or a
/// bad value is an error naming the key and its line.
public struct ConfigurationDecoder {
    /// A decoder; it holds nothing.
    public init() {}

    /// A problem with the file, at a 1-based line.
    public struct Failure: Error, Equatable, CustomStringConvertible {
        public var line: Int
        public var message: String
        public var description: String { "\(line): \(message)" }
    }

    static let topKeys = ["title", "base_url", "language", "description", "generator", "hub", "limits", "only_published",
                          "min_quality", "exclude", "topics", "providers", "write", "images", "icon", "logo", "clean", "retired_feeds", "feeds"]
    static let limitKeys = ["entries_per_feed", "bytes_per_feed", "max_age_days", "archive_page_size"]
    static let excludeKeys = ["topics", "providers"]
    static let overrideKeys = ["title", "description", "slug", "icon", "logo", "language"]
    static let writeKeys = ["feeds", "formats"]
    static let imageKeys = ["min_lead_side", "lead_in_html"]
    static let cleanKeys = ["provider_suffix", "json_summaries", "repeated_titles"]
    static let retiredFeedKeys = ["keep_days"]

    /// The configuration in `feedpub.yml`'s bytes, or the first mistake in them.
    public func decode(_ bytes: [UInt8]) throws(Failure) -> FeedpubConfiguration {
        guard UTF8Validation.isValid(bytes[...]) else { throw Failure(line: 1, message: "not valid UTF-8") }
        let parsed = bytes.withUnsafeBytes { raw in Result { () throws(YAMLParser.Failure) in try YAMLParser().parse(raw) } }
        let root: YAMLNode
        switch parsed {
        case let .success(node): root = node
        case let .failure(error): throw Failure(line: error.line, message: "invalid YAML: \(error.message)")
        }
        var configuration = FeedpubConfiguration()
        if root.isNull { return configuration }
        for (key, node) in try Self.mapping(root, "the file", known: Self.topKeys) {
            try Self.read(key, node, into: &configuration)
        }
        return configuration
    }

    /// One top-level key's value, into its place in `configuration`.
    private static func read(_ key: String, _ node: YAMLNode, into configuration: inout FeedpubConfiguration) throws(Failure) {
        switch key {
        case "title": configuration.title = try nonEmptyText(node, key)
        case "base_url": configuration.baseURL = try setting(node, key, SiteConfiguration.BaseURL.init).text
        case "language": configuration.language = try setting(node, key, SiteConfiguration.LanguageTag.init).text
        case "description": configuration.overrides.allDescription = try nonEmptyText(node, key)
        case "generator": configuration.generator = try nonEmptyText(node, key)
        case "hub": configuration.hubURL = try setting(node, key, SiteConfiguration.HubURL.init).text
        case "limits": try readLimits(node, into: &configuration)
        case "only_published": configuration.rules.onlyPublished = try boolean(node, key)
        case "min_quality": configuration.rules.minQuality = try integer(node, key, in: Int.min...Int.max)
        case "exclude":
            for (axis, value) in try mapping(node, "'exclude'", known: excludeKeys) {
                let excluded = try names(value, "exclude.\(axis)")
                if axis == "topics" { configuration.rules.excludedTopics = excluded } else { configuration.rules.excludedProviders = excluded }
            }
        case "topics": configuration.overrides.topics = try overrides(node, key)
        case "providers": configuration.overrides.providers = try overrides(node, key)
        case "images": try readImages(node, into: &configuration)
        case "clean": try readClean(node, into: &configuration)
        case "retired_feeds":
            for (_, value) in try mapping(node, "'retired_feeds'", known: retiredFeedKeys) {
                configuration.retiredFeedsKeepDays = try integer(value, "retired_feeds.keep_days", in: 0...100_000)
            }
        case "icon": configuration.branding.icon = try setting(node, key, Branding.ImageURL.init).text
        case "logo": configuration.branding.logo = try setting(node, key, Branding.ImageURL.init).text
        case "feeds": configuration.customFeeds = try customFeeds(node)
        default: try readWrite(node, into: &configuration)
        }
    }

    /// `limits:`: the sizes of feeds and archive pages, and the age of articles.
    private static func readLimits(_ node: YAMLNode, into configuration: inout FeedpubConfiguration) throws(Failure) {
        for (limit, value) in try mapping(node, "'limits'", known: limitKeys) {
            let name = "limits.\(limit)"
            switch limit {
            case "entries_per_feed": configuration.entriesPerFeed = try integer(value, name, in: SiteConfiguration.entryCounts)
            case "bytes_per_feed": configuration.bytesPerFeed = try integer(value, name, in: 1...(1 << 30))
            case "archive_page_size": configuration.archivePageSize = try integer(value, name, in: SiteConfiguration.entryCounts)
            default: configuration.rules.maxAgeDays = try integer(value, name, in: 1...100_000)
            }
        }
    }

    /// `images:`: how the lead image is chosen, and whether the HTML shows it.
    private static func readImages(_ node: YAMLNode, into configuration: inout FeedpubConfiguration) throws(Failure) {
        for (item, value) in try mapping(node, "'images'", known: imageKeys) {
            if item == "min_lead_side" {
                configuration.leadImage.minimumSide = try integer(value, "images.min_lead_side", in: 1...100_000)
            } else {
                configuration.leadImage.inHTML = try boolean(value, "images.lead_in_html")
            }
        }
    }

    /// `clean:`: which aggregator noise leaves titles and summaries.
    private static func readClean(_ node: YAMLNode, into configuration: inout FeedpubConfiguration) throws(Failure) {
        for (item, value) in try mapping(node, "'clean'", known: cleanKeys) {
            let on = try boolean(value, "clean.\(item)")
            switch item {
            case "provider_suffix": configuration.cleaning.providerSuffix = on
            case "json_summaries": configuration.cleaning.jsonSummaries = on
            default: configuration.cleaning.repeatedTitles = on
            }
        }
    }

    /// `write:`: which feeds and which formats.
    private static func readWrite(_ node: YAMLNode, into configuration: inout FeedpubConfiguration) throws(Failure) {
        for (item, value) in try mapping(node, "'write'", known: writeKeys) {
            let name = "write.\(item)"
            if item == "feeds" {
                let known = FeedpubConfiguration.FeedKindSelection.allCases.map(\.rawValue)
                configuration.feedKinds = Set(try choices(value, name, known: known).compactMap(FeedpubConfiguration.FeedKindSelection.init))
            } else {
                configuration.formats = Set(try choices(value, name, known: FeedpubConfiguration.formatNames))
            }
        }
    }
}
