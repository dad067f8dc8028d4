internal import FeedYAML

extension ConfigurationDecoder {
    static let customFeedKeys = ["slug", "title", "description", "topics_any", "topics_all", "providers", "languages",
                                 "keywords_any", "keywords_none", "min_quality", "min_heat", "max_age_days", "order",
                                 "limit", "formats", "profile"]

    /// `feeds:`: a list of custom feeds, each a mapping with at least `slug` and `title`; a
    /// feed's keys are named `feeds.<slug>.<key>` in messages.
    static func customFeeds(_ node: YAMLNode) throws(Failure) -> [CustomFeed] {
        guard let items = node.items else {
            throw Failure(line: node.line, message: "'feeds' is \(node.kindDescription), expected a list of feeds")
        }
        var feeds: [CustomFeed] = []
        var slugLines: [String: Int] = [:]
        for (position, item) in items.enumerated() {
            let fields = try mapping(item, "feed \(position + 1) of 'feeds'", known: customFeedKeys)
            guard let slugNode = fields.first(where: { $0.0 == "slug" })?.1 else {
                throw Failure(line: item.line, message: "feed \(position + 1) of 'feeds' has no 'slug'")
            }
            let slug = try text(slugNode, "feeds.slug")
            guard !slug.isEmpty, Slug.base(for: slug) == slug else {
                throw Failure(line: slugNode.line, message: "'feeds.slug' must be lower-case letters, digits and single hyphens (at most 64), not '\(slug)'")
            }
            if let other = slugLines[slug] {
                throw Failure(line: slugNode.line, message: "'feeds.\(slug).slug' is '\(slug)', the slug of the feed on line \(other) too")
            }
            slugLines[slug] = slugNode.line
            guard let titleNode = fields.first(where: { $0.0 == "title" })?.1 else {
                throw Failure(line: item.line, message: "'feeds.\(slug)' has no 'title'")
            }
            var feed = CustomFeed(slug: slug, title: try nonEmptyText(titleNode, "feeds.\(slug).title"))
            for (key, value) in fields where key != "slug" && key != "title" {
                try readCustomFeed(key, value, name: "feeds.\(slug).\(key)", into: &feed)
            }
            feeds.append(feed)
        }
        return feeds
    }

    /// One key of a custom feed, into its place in `feed`.
    private static func readCustomFeed(_ key: String, _ node: YAMLNode, name: String, into feed: inout CustomFeed) throws(Failure) {
        switch key {
        case "description": feed.description = try nonEmptyText(node, name)
        case "topics_any": feed.selection.topicsAny = try nonEmptyList(node, name)
        case "topics_all": feed.selection.topicsAll = try nonEmptyList(node, name)
        case "providers": feed.selection.providers = try nonEmptyList(node, name)
        case "languages":
            for item in try nonEmptyList(node, name) {
                do {
                    feed.selection.languages.append(try SiteConfiguration.LanguageTag(item).text)
                } catch {
                    throw Failure(line: node.line, message: error.message(naming: "'\(name)'"))
                }
            }
        case "keywords_any": feed.selection.keywordsAny = try nonEmptyList(node, name)
        case "keywords_none": feed.selection.keywordsNone = try nonEmptyList(node, name)
        case "min_quality": feed.selection.minQuality = try integer(node, name, in: Int.min...Int.max)
        case "min_heat": feed.selection.minHeat = try integer(node, name, in: Int.min...Int.max)
        case "max_age_days": feed.selection.maxAgeDays = try integer(node, name, in: 1...100_000)
        case "order":
            let order = try text(node, name)
            guard let value = CustomFeed.Order(rawValue: order) else {
                let known = CustomFeed.Order.allCases.map(\.rawValue).joined(separator: ", ")
                throw Failure(line: node.line, message: "'\(name)' has unknown value '\(order)' (known: \(known))")
            }
            feed.order = value
        case "limit": feed.limit = try integer(node, name, in: SiteConfiguration.entryCounts)
        case "formats": feed.formats = Set(try choices(node, name, known: FeedpubConfiguration.formatNames).compactMap(FeedFormat.init))
        default:
            let profile = try text(node, name)
            guard let value = PartnerProfileName(rawValue: profile) else {
                let known = PartnerProfileName.allCases.map(\.rawValue).joined(separator: ", ")
                throw Failure(line: node.line, message: "'\(name)' has unknown profile '\(profile)' (known: \(known))")
            }
            feed.profile = value
        }
    }

    /// A list of non-empty texts, itself not empty.
    private static func nonEmptyList(_ node: YAMLNode, _ key: String) throws(Failure) -> [String] {
        let items = try names(node, key)
        guard !items.isEmpty else { throw Failure(line: node.line, message: "'\(key)' must not be empty") }
        return items
    }
}
