internal import FeedYAML

/// Walks the front matter's top-level mapping, collecting warnings.
struct ArticleFieldReader {
    let fields: Fields
    var collected: [ArticleDecoder.Warning] = []
    /// Fields whose control characters were removed, for one warning at the end.
    var cleanedFields: [String] = []

    var warnings: [ArticleDecoder.Warning] {
        guard !cleanedFields.isEmpty else { return collected }
        let names = cleanedFields.map { "'\($0)'" }.joined(separator: ", ")
        return collected + [ArticleDecoder.Warning("control characters removed from \(names)")]
    }

    let readsBody: Bool

    init(keys: [String], values: [YAMLNode], readsBody: Bool) {
        fields = Fields(keys: keys, values: values)
        self.readsBody = readsBody
    }

    /// The top-level values by key: looked up a dozen times per article, so found once here.
    struct Fields {
        private var slots = [YAMLNode?](repeating: nil, count: ArticleDecoder.keyList.count)

        init(keys: [String], values: [YAMLNode]) {
            for (key, value) in zip(keys, values) {
                if let slot = Self.slot(of: key) { slots[slot] = value }
            }
        }

        subscript(key: String) -> YAMLNode? {
            slots[Self.slot(of: key)!]
        }

        /// `key`'s place in `ArticleDecoder.keyList`.
        private static func slot(of key: String) -> Int? { keyPositions.position(of: key) }

        private static let keyPositions = KeyPositions(ArticleDecoder.keyList)
    }

    mutating func article(sourcePath: String, body: ArraySlice<UInt8>) throws(ArticleDecoder.Problem) -> Article {
        let title = try requiredTitle()
        let publishedAt = try date()
        let url = try link()
        var article = Article(
            sourcePath: sourcePath,
            title: title,
            excerpt: optionalText(fields["excerpt"], "excerpt").flatMap { excerpt($0) },
            publishedAt: publishedAt,
            updatedAt: publishedAt,
            url: url,
            category: optionalText(fields["category"], "category").flatMap { name($0, "category") },
            type: optionalText(fields["type"], "type").flatMap { name($0, "type") },
            quality: integer("quality"),
            heat: integer("heat"),
            isPublished: boolean("published"),
            provider: provider(),
            topics: topics(),
            images: images(),
            related: related(),
            body: readBody(body)
        )
        article.language = language()
        return article
    }

    // MARK: Required fields

    private mutating func requiredTitle() throws(ArticleDecoder.Problem) -> String {
        guard let text = try requiredText("title") else { throw ArticleDecoder.Problem("missing 'title'") }
        let title = Self.cleanTitle(text)
        guard !title.isEmpty else { throw ArticleDecoder.Problem("empty 'title'") }
        return title.truncated(to: ArticleDecoder.Limits.maxNameCharacters)
    }

    private mutating func requiredText(_ key: String) throws(ArticleDecoder.Problem) -> String? {
        guard let node = fields[key] else { return nil }
        guard let scalar = node.scalar else {
            throw ArticleDecoder.Problem("'\(key)' is \(node.kindDescription), expected text (line \(node.line + 1))")
        }
        return node.isNull ? nil : text(of: scalar, key)
    }

    private func date() throws(ArticleDecoder.Problem) -> Timestamp {
        guard let node = fields["publishedDateTime"] else { throw ArticleDecoder.Problem("missing 'publishedDateTime'") }
        guard let scalar = node.scalar else {
            throw ArticleDecoder.Problem("'publishedDateTime' is \(node.kindDescription), expected a date such as 2021-07-01T12:07:00Z")
        }
        switch scalar.kind {
        case .null: throw ArticleDecoder.Problem("missing 'publishedDateTime'")
        case .integer, .float, .bool:
            throw ArticleDecoder.Problem("'publishedDateTime' is \(scalar.kindDescription) (\(scalar.text)), expected a date such as 2021-07-01T12:07:00Z")
        case .text:
            guard let timestamp = Timestamp(iso8601: scalar.text.trimmingWhitespace()) else {
                throw ArticleDecoder.Problem("'publishedDateTime' is not a valid ISO 8601 date-time: '\(scalar.text.prefix(60))'")
            }
            return timestamp
        }
    }

    /// `webUrl`, else `originalUrl`; each must be an absolute http(s) URL.
    private mutating func link() throws(ArticleDecoder.Problem) -> String {
        var rejected: [String] = []
        for key in ["webUrl", "originalUrl"] {
            guard let node = fields[key] else { continue }
            guard let text = optionalText(node, key, warn: false) else {
                rejected.append("'\(key)' is \(node.kindDescription)")
                continue
            }
            if let url = CanonicalURL.http(text) {
                if !rejected.isEmpty { collected.append(ArticleDecoder.Warning("\(rejected.joined(separator: "; ")); using '\(key)'")) }
                return url
            }
            rejected.append("'\(key)' is not an absolute http(s) URL: '\(text.prefix(80))'")
        }
        if rejected.isEmpty { throw ArticleDecoder.Problem("missing link: neither 'webUrl' nor 'originalUrl' is given") }
        throw ArticleDecoder.Problem(rejected.joined(separator: "; "))
    }
}
