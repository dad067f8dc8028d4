internal import FeedYAML

/// Reads `feedpub.yml` into a `FeedpubConfiguration`. The only place that knows its keys.
///
/// Strict, since an editor's typo must not pass unnoticed: an unknown key, a wrong type or a
/// bad value is an error naming the key and its line.
public struct ConfigurationDecoder {
    public init() {}

    /// A problem with the file, at a 1-based line.
    public struct Failure: Error, Equatable, CustomStringConvertible {
        public var line: Int
        public var message: String
        public var description: String { "\(line): \(message)" }
    }

    static let topKeys = ["title", "base_url", "language", "description", "generator", "hub", "limits", "only_published",
                          "min_quality", "exclude", "topics", "providers", "write"]
    static let limitKeys = ["entries_per_feed", "bytes_per_feed", "max_age_days", "archive_page_size"]
    static let excludeKeys = ["topics", "providers"]
    static let overrideKeys = ["title", "description", "slug"]
    static let writeKeys = ["feeds", "formats"]

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
        let top = try Self.mapping(root, "the file", known: Self.topKeys)
        for (key, node) in top {
            switch key {
            case "title": configuration.title = try Self.nonEmptyText(node, key)
            case "base_url":
                let url = try Self.text(node, key)
                guard let canonical = CanonicalURL.http(url), !url.contains("?"), !url.contains("#") else {
                    throw Failure(line: node.line, message: "'base_url' must be an absolute http or https URL without query or fragment, not '\(url)'")
                }
                guard !CanonicalURL.hasUserInfo(url) else {
                    throw Failure(line: node.line, message: "'base_url' must not hold a user name or password (it would be written into every feed)")
                }
                configuration.baseURL = canonical
            case "language":
                let tag = try Self.text(node, key)
                guard SiteConfiguration.isLanguageTag(tag) else {
                    throw Failure(line: node.line, message: "'language' must be a BCP 47 tag such as 'en' or 'pt-BR', not '\(tag)'")
                }
                configuration.language = tag
            case "description": configuration.overrides.allDescription = try Self.nonEmptyText(node, key)
            case "generator": configuration.generator = try Self.nonEmptyText(node, key)
            case "hub":
                let url = try Self.text(node, key)
                guard let canonical = CanonicalURL.http(url), !url.contains("#") else {
                    throw Failure(line: node.line, message: "'hub' must be an absolute http or https URL without fragment, not '\(url)'")
                }
                configuration.hubURL = canonical
            case "limits":
                for (limit, value) in try Self.mapping(node, "'limits'", known: Self.limitKeys) {
                    let name = "limits.\(limit)"
                    switch limit {
                    case "entries_per_feed": configuration.entriesPerFeed = try Self.integer(value, name, in: 1...10_000)
                    case "bytes_per_feed": configuration.bytesPerFeed = try Self.integer(value, name, in: 1...(1 << 30))
                    case "archive_page_size": configuration.archivePageSize = try Self.integer(value, name, in: 1...10_000)
                    default: configuration.rules.maxAgeDays = try Self.integer(value, name, in: 1...100_000)
                    }
                }
            case "only_published": configuration.rules.onlyPublished = try Self.boolean(node, key)
            case "min_quality": configuration.rules.minQuality = try Self.integer(node, key, in: Int.min...Int.max)
            case "exclude":
                for (axis, value) in try Self.mapping(node, "'exclude'", known: Self.excludeKeys) {
                    let names = try Self.names(value, "exclude.\(axis)")
                    if axis == "topics" { configuration.rules.excludedTopics = names } else { configuration.rules.excludedProviders = names }
                }
            case "topics": configuration.overrides.topics = try Self.overrides(node, key)
            case "providers": configuration.overrides.providers = try Self.overrides(node, key)
            default:
                for (item, value) in try Self.mapping(node, "'write'", known: Self.writeKeys) {
                    let name = "write.\(item)"
                    if item == "feeds" {
                        let known = FeedpubConfiguration.FeedKindSelection.allCases.map(\.rawValue)
                        configuration.feedKinds = Set(try Self.choices(value, name, known: known).compactMap(FeedpubConfiguration.FeedKindSelection.init))
                    } else {
                        configuration.formats = Set(try Self.choices(value, name, known: FeedpubConfiguration.formatNames))
                    }
                }
            }
        }
        return configuration
    }

    // MARK: Values

    private static func mapping(_ node: YAMLNode, _ what: String, known: [String]?) throws(Failure) -> [(String, YAMLNode)] {
        guard let (keys, values) = node.entries else {
            throw Failure(line: node.line, message: "\(what) is \(node.kindDescription), expected a mapping of keys to values")
        }
        if let known {
            for (key, value) in zip(keys, values) where !known.contains(key) {
                throw Failure(line: value.line, message: "unknown key '\(key)' (known: \(known.joined(separator: ", ")))")
            }
        }
        return Array(zip(keys, values))
    }

    private static func text(_ node: YAMLNode, _ key: String) throws(Failure) -> String {
        // Numbers read as written; an empty value and true or false are not text here.
        guard let text = node.text, node.boolean == nil else {
            throw Failure(line: node.line, message: "'\(key)' is \(node.kindDescription), expected text")
        }
        return text.trimmingWhitespace()
    }

    private static func nonEmptyText(_ node: YAMLNode, _ key: String) throws(Failure) -> String {
        let value = try text(node, key)
        guard !value.isEmpty else { throw Failure(line: node.line, message: "'\(key)' must not be empty") }
        return value
    }

    private static func integer(_ node: YAMLNode, _ key: String, in range: ClosedRange<Int>) throws(Failure) -> Int {
        guard let value = node.integer else {
            throw Failure(line: node.line, message: "'\(key)' is \(node.kindDescription), expected a whole number")
        }
        guard range.contains(value) else {
            throw Failure(line: node.line, message: "'\(key)' must be between \(range.lowerBound) and \(range.upperBound), not \(value)")
        }
        return value
    }

    private static func boolean(_ node: YAMLNode, _ key: String) throws(Failure) -> Bool {
        guard let value = node.boolean else {
            throw Failure(line: node.line, message: "'\(key)' is \(node.kindDescription), expected true or false")
        }
        return value
    }

    private static func names(_ node: YAMLNode, _ key: String) throws(Failure) -> [String] {
        guard let items = node.items else {
            throw Failure(line: node.line, message: "'\(key)' is \(node.kindDescription), expected a list")
        }
        var names: [String] = []
        for item in items { names.append(try nonEmptyText(item, key)) }
        return names
    }

    private static func choices(_ node: YAMLNode, _ key: String, known: [String]) throws(Failure) -> [String] {
        guard let items = node.items else {
            throw Failure(line: node.line, message: "'\(key)' is \(node.kindDescription), expected a list")
        }
        var chosen: [String] = []
        for item in items {
            let value = try text(item, key)
            guard known.contains(value) else {
                throw Failure(line: item.line, message: "'\(key)' has unknown value '\(value)' (known: \(known.joined(separator: ", ")))")
            }
            chosen.append(value)
        }
        guard !chosen.isEmpty else { throw Failure(line: node.line, message: "'\(key)' must not be empty") }
        return chosen
    }

    /// `topics:` or `providers:`: a mapping of names to `{title, description, slug}`.
    private static func overrides(_ node: YAMLNode, _ axis: String) throws(Failure) -> [String: FeedOverride] {
        var result: [String: FeedOverride] = [:]
        var seenNames: [FeedName: String] = [:]
        var seenSlugs: [String: String] = [:]
        for (name, value) in try mapping(node, "'\(axis)'", known: nil) {
            guard let feedName = FeedName(name) else { throw Failure(line: value.line, message: "'\(axis)' has an empty name") }
            if let other = seenNames[feedName] {
                throw Failure(line: value.line, message: "'\(axis).\(name)' names the same feed as '\(other)'")
            }
            seenNames[feedName] = name
            var override = FeedOverride()
            for (field, fieldValue) in try mapping(value, "'\(axis).\(name)'", known: overrideKeys) {
                let key = "\(axis).\(name).\(field)"
                switch field {
                case "title": override.title = try nonEmptyText(fieldValue, key)
                case "description": override.description = try nonEmptyText(fieldValue, key)
                default:
                    let slug = try text(fieldValue, key)
                    guard !slug.isEmpty, Slug.base(for: slug) == slug else {
                        throw Failure(line: fieldValue.line, message: "'\(key)' must be lower-case letters, digits and single hyphens (at most 64), not '\(slug)'")
                    }
                    if let other = seenSlugs[slug] {
                        throw Failure(line: fieldValue.line, message: "'\(key)' is '\(slug)', the slug of '\(other)' too")
                    }
                    seenSlugs[slug] = name
                    override.slug = slug
                }
            }
            result[name] = override
        }
        return result
    }
}
