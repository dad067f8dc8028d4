internal import FeedYAML

/// Reads one input file into an `Article`. The only place that knows the front matter's keys.
///
/// Only the allowlisted keys below are read; anything else (`secured` among them) is never
/// looked at. A problem with a required field rejects the file; a problem with an optional
/// field drops that field with a warning, and the article is still published.
public struct ArticleDecoder {
    /// Whether `Article.body` is filled. Without it the body is only checked, for the same
    /// warnings, and left empty: deciding which feeds exist never looks at it, and making a
    /// String of every body cost a twentieth of reading a file.
    public var readsBody: Bool

    public init(readsBody: Bool = true) {
        self.readsBody = readsBody
    }

    public struct Decoded: Sendable {
        public var article: Article
        public var warnings: [ArticleWarning]
    }

    public func decode(_ bytes: ArraySlice<UInt8>, sourcePath: String) throws(ArticleProblem) -> Decoded {
        guard bytes.count <= ArticleLimits.maxFileBytes else {
            throw ArticleProblem("file is larger than \(ArticleLimits.maxFileBytes >> 20) MiB")
        }
        if let line = Self.firstLineWithInvalidUTF8(bytes) {
            throw ArticleProblem("not valid UTF-8 (line \(line))")
        }
        let frontMatter: FrontMatter
        do {
            frontMatter = try FrontMatter(splitting: bytes)
        } catch {
            switch error {
            case .empty: throw ArticleProblem("empty file")
            case .missingOpening: throw ArticleProblem("no front matter: the file does not start with a '---' line")
            case .unclosed: throw ArticleProblem("front matter is never closed: no second '---' line")
            }
        }
        // The whole file is valid UTF-8 (checked above), as the block reader needs.
        let parser = YAMLParser(schema: Self.schema,
                                limits: .init(maxNodes: ArticleLimits.maxYAMLNodes, maxDepth: ArticleLimits.maxYAMLDepth),
                                triesBlockReader: true)
        let parsed = frontMatter.yaml.withUnsafeBytes { raw in Result { () throws(YAMLParser.Failure) in try parser.parse(raw) } }
        let root: YAMLNode
        switch parsed {
        case let .success(node): root = node
        case let .failure(error):
            let offset = frontMatter.firstYAMLLine - 1
            let detail = error.problemLine.map { " (line \($0 + offset))" } ?? ""
            throw ArticleProblem("invalid YAML at line \(error.line + offset): \(error.message)\(detail)")
        }
        guard let (keys, values) = root.entries else {
            throw ArticleProblem("front matter is \(root.kindDescription), not a mapping of keys to values")
        }
        var fields = FieldReader(keys: keys, values: values, readsBody: readsBody)
        let article = try fields.article(sourcePath: sourcePath, body: frontMatter.body)
        return Decoded(article: article, warnings: fields.warnings)
    }

    /// Every top-level key read; the YAML parser skips the values of all others.
    static let keyList = [
        "title", "excerpt", "publishedDateTime", "webUrl", "originalUrl", "category", "type", "quality", "heat",
        "published", "provider", "topics", "images", "related",
    ]
    /// What the YAML parser builds: the keys above, and of nested mappings only what is read.
    static let schema = YAMLSchema.mapping(keyList.map { key in
        switch key {
        case "provider": return (key, .mapping([("name", .any), ("domain", .any)]))
        case "images": return (key, .list(.mapping([("url", .any), ("width", .any), ("height", .any)])))
        case "related": return (key, .list(.mapping([("title", .any), ("webUrl", .any), ("originalUrl", .any)])))
        default: return (key, .any)
        }
    })

    /// The 1-based line of the first invalid UTF-8 sequence, or nil when the bytes are valid.
    static func firstLineWithInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> Int? {
        if UTF8Validation.isValid(bytes) { return nil }
        var line = 1
        for lineBytes in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
            if !UTF8Validation.isValid(lineBytes) { return line }
            line += 1
        }
        return line
    }
}

/// Walks the front matter's top-level mapping, collecting warnings.
private struct FieldReader {
    private let fields: Fields
    private var collected: [ArticleWarning] = []
    /// Fields whose control characters were removed, for one warning at the end.
    private var cleanedFields: [String] = []

    var warnings: [ArticleWarning] {
        guard !cleanedFields.isEmpty else { return collected }
        let names = cleanedFields.map { "'\($0)'" }.joined(separator: ", ")
        return collected + [ArticleWarning("control characters removed from \(names)")]
    }

    private let readsBody: Bool

    init(keys: [String], values: [YAMLNode], readsBody: Bool) {
        fields = Fields(keys: keys, values: values)
        self.readsBody = readsBody
    }

    /// The top-level values by key: looked up a dozen times per article, so found once here.
    private struct Fields {
        private var slots = [YAMLNode?](repeating: nil, count: ArticleDecoder.keyList.count)

        private static let slotOfKey = Dictionary(uniqueKeysWithValues: ArticleDecoder.keyList.enumerated().map { ($1, $0) })

        init(keys: [String], values: [YAMLNode]) {
            for (key, value) in zip(keys, values) {
                if let slot = Self.slotOfKey[key] { slots[slot] = value }
            }
        }

        subscript(key: String) -> YAMLNode? {
            slots[Self.slotOfKey[key]!]
        }
    }

    mutating func article(sourcePath: String, body: ArraySlice<UInt8>) throws(ArticleProblem) -> Article {
        let title = try requiredTitle()
        let publishedAt = try date()
        let url = try link()
        return Article(
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
    }

    // MARK: Required fields

    private mutating func requiredTitle() throws(ArticleProblem) -> String {
        guard let text = try requiredText("title") else { throw ArticleProblem("missing 'title'") }
        let title = Self.cleanTitle(text)
        guard !title.isEmpty else { throw ArticleProblem("empty 'title'") }
        return title.truncated(to: ArticleLimits.maxNameCharacters)
    }

    private mutating func requiredText(_ key: String) throws(ArticleProblem) -> String? {
        guard let node = fields[key] else { return nil }
        guard let scalar = node.scalar else {
            throw ArticleProblem("'\(key)' is \(node.kindDescription), expected text (line \(node.line + 1))")
        }
        return node.isNull ? nil : text(of: scalar, key)
    }

    private func date() throws(ArticleProblem) -> Timestamp {
        guard let node = fields["publishedDateTime"] else { throw ArticleProblem("missing 'publishedDateTime'") }
        guard let scalar = node.scalar else {
            throw ArticleProblem("'publishedDateTime' is \(node.kindDescription), expected a date such as 2021-07-01T12:07:00Z")
        }
        switch scalar.kind {
        case .null: throw ArticleProblem("missing 'publishedDateTime'")
        case .integer, .float, .bool:
            throw ArticleProblem("'publishedDateTime' is \(scalar.kindDescription) (\(scalar.text)), expected a date such as 2021-07-01T12:07:00Z")
        case .text:
            guard let timestamp = Timestamp(iso8601: scalar.text.trimmingWhitespace()) else {
                throw ArticleProblem("'publishedDateTime' is not a valid ISO 8601 date-time: '\(scalar.text.prefix(60))'")
            }
            return timestamp
        }
    }

    /// `webUrl`, else `originalUrl`; each must be an absolute http(s) URL.
    private mutating func link() throws(ArticleProblem) -> String {
        var rejected: [String] = []
        for key in ["webUrl", "originalUrl"] {
            guard let node = fields[key] else { continue }
            guard let text = optionalText(node, key, warn: false) else {
                rejected.append("'\(key)' is \(node.kindDescription)")
                continue
            }
            if let url = CanonicalURL.http(text) {
                if !rejected.isEmpty { collected.append(ArticleWarning("\(rejected.joined(separator: "; ")); using '\(key)'")) }
                return url
            }
            rejected.append("'\(key)' is not an absolute http(s) URL: '\(text.prefix(80))'")
        }
        if rejected.isEmpty { throw ArticleProblem("missing link: neither 'webUrl' nor 'originalUrl' is given") }
        throw ArticleProblem(rejected.joined(separator: "; "))
    }

    // MARK: Optional fields

    /// The text of a scalar (numbers and booleans read as written); nil with a warning otherwise.
    private mutating func optionalText(_ node: YAMLNode?, _ key: String, warn: Bool = true) -> String? {
        guard let node else { return nil }
        guard let scalar = node.scalar else {
            if warn { collected.append(ArticleWarning("'\(key)' is \(node.kindDescription), expected text; ignored")) }
            return nil
        }
        return node.isNull ? nil : text(of: scalar, key)
    }

    private mutating func name(_ text: String, _ key: String) -> String? {
        let cleaned = Self.cleanTitle(text)
        if cleaned.isLonger(than: ArticleLimits.maxNameCharacters) {
            collected.append(ArticleWarning("'\(key)' is longer than \(ArticleLimits.maxNameCharacters) characters; cut"))
        }
        return cleaned.isEmpty ? nil : cleaned.truncated(to: ArticleLimits.maxNameCharacters)
    }

    private mutating func excerpt(_ text: String) -> String? {
        let cleaned = text.decodingHTMLEntities().trimmingWhitespace()
        if cleaned.isLonger(than: ArticleLimits.maxExcerptCharacters) {
            collected.append(ArticleWarning("'excerpt' is longer than \(ArticleLimits.maxExcerptCharacters) characters; cut"))
            return cleaned.truncated(to: ArticleLimits.maxExcerptCharacters)
        }
        return cleaned.isEmpty ? nil : cleaned
    }

    private mutating func integer(_ key: String) -> Int? {
        guard let node = fields[key], !node.isNull else { return nil }
        if let value = node.integer ?? node.text.flatMap({ Int($0.trimmingWhitespace()) }) { return value }
        collected.append(ArticleWarning("'\(key)' is \(node.kindDescription), expected a whole number; ignored"))
        return nil
    }

    private mutating func boolean(_ key: String) -> Bool? {
        guard let node = fields[key], !node.isNull else { return nil }
        if let value = node.boolean { return value }
        collected.append(ArticleWarning("'\(key)' is \(node.kindDescription), expected true or false; ignored"))
        return nil
    }

    private mutating func provider() -> Provider? {
        guard let node = fields["provider"] else { return nil }
        if node.scalar != nil {
            // `provider: Name` is read as the name, the shape a hand-written file most likely meant.
            return optionalText(node, "provider").flatMap { name($0, "provider") }.map { Provider(name: $0, domain: nil) }
        }
        guard node.entries != nil else {
            collected.append(ArticleWarning("'provider' is a list, expected a mapping with 'name'; ignored"))
            return nil
        }
        guard let name = optionalText(node["name"], "provider.name").flatMap({ name($0, "provider.name") }) else {
            if node["name"] == nil { collected.append(ArticleWarning("'provider' has no 'name'; ignored")) }
            return nil
        }
        var domain = optionalText(node["domain"], "provider.domain").map { $0.trimmingWhitespace().lowercased() }
        if let given = domain, !Self.isHostName(given) {
            collected.append(ArticleWarning("'provider.domain' is not a host name: '\(given.prefix(80))'; ignored"))
            domain = nil
        }
        return Provider(name: name, domain: domain?.isEmpty == false ? domain : nil)
    }

    private mutating func topics() -> [String] {
        guard let node = fields["topics"], !node.isNull else { return [] }
        let items: [YAMLNode]
        if let list = node.items {
            items = list
        } else if node.scalar != nil {
            collected.append(ArticleWarning("'topics' is text, expected a list; read as one topic"))
            items = [node]
        } else {
            collected.append(ArticleWarning("'topics' is a mapping, expected a list; ignored"))
            return []
        }
        var seen = Set<FeedName>()
        var topics: [String] = []
        var skipped = 0
        for item in items {
            guard let scalar = item.scalar else { skipped += 1; continue }
            if item.isNull { continue }
            guard let topic = FeedName(text(of: scalar, "topics").decodingHTMLEntities().truncated(to: ArticleLimits.maxNameCharacters)),
                  seen.insert(topic).inserted else { continue }
            topics.append(topic.display)
        }
        if skipped > 0 { collected.append(ArticleWarning("'topics' has \(skipped) entries that are not text; ignored")) }
        if topics.count > ArticleLimits.maxTopics {
            collected.append(ArticleWarning("\(topics.count) topics; only the first \(ArticleLimits.maxTopics) are kept"))
            topics.removeLast(topics.count - ArticleLimits.maxTopics)
        }
        return topics
    }

    private mutating func images() -> [ArticleImage] {
        list("images", limit: ArticleLimits.maxImages) { reader, item in
            guard let url = reader.url(item["url"], "images[].url") else { return nil }
            return ArticleImage(url: url, width: Self.positive(item["width"]), height: Self.positive(item["height"]))
        }
    }

    private mutating func related() -> [RelatedArticle] {
        list("related", limit: ArticleLimits.maxRelated) { reader, item in
            guard let url = reader.url(item["webUrl"] ?? item["originalUrl"], "related[].webUrl") else { return nil }
            let title = reader.optionalText(item["title"], "related[].title").flatMap { reader.name($0, "related[].title") }
            return RelatedArticle(url: url, title: title)
        }
    }

    /// A list of mappings, each made into a value by `make` (nil skips it).
    private mutating func list<T>(_ key: String, limit: Int, _ make: (inout FieldReader, YAMLNode) -> T?) -> [T] {
        guard let node = fields[key], !node.isNull else { return [] }
        guard let items = node.items else {
            collected.append(ArticleWarning("'\(key)' is \(node.kindDescription), expected a list; ignored"))
            return []
        }
        var values: [T] = []
        for item in items where values.count < limit {
            guard item.entries != nil else {
                collected.append(ArticleWarning("an entry of '\(key)' is \(item.kindDescription), expected a mapping; ignored"))
                continue
            }
            if let value = make(&self, item) { values.append(value) }
        }
        if items.count > limit { collected.append(ArticleWarning("'\(key)' has \(items.count) entries; only the first \(limit) are kept")) }
        return values
    }

    private mutating func url(_ node: YAMLNode?, _ key: String) -> String? {
        guard let text = optionalText(node, key) else { return nil }
        guard let url = CanonicalURL.http(text) else {
            collected.append(ArticleWarning("'\(key)' is not an absolute http(s) URL: '\(text.prefix(80))'; ignored"))
            return nil
        }
        return url
    }

    // MARK: Cleaning

    /// A scalar's text without the control characters XML cannot carry (or discourages),
    /// removed here, before names are grouped, so `Con\u{2}trol` and `Control` are one topic.
    private mutating func text(of scalar: YAMLScalar, _ key: String) -> String {
        guard scalar.text.hasControlCharacters else { return scalar.text }
        if !cleanedFields.contains(key) { cleanedFields.append(key) }
        return scalar.text.removingControlCharacters()
    }

    /// Titles are one line of plain text: HTML tags removed, then entities decoded (so an
    /// escaped `&lt;canvas&gt;` stays as text), spaces collapsed.
    static func cleanTitle(_ text: String) -> String {
        text.removingHTMLTags().decodingHTMLEntities().collapsingWhitespace()
    }

    private static func positive(_ node: YAMLNode?) -> Int? {
        guard let scalar = node?.scalar, let value = Int(scalar.text), value > 0 else { return nil }
        return value
    }

    private static func isHostName(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { CanonicalURL.isUnreserved($0) && $0 != UInt8(ascii: "~") && $0 != UInt8(ascii: "_") }
    }

    private mutating func readBody(_ bytes: ArraySlice<UInt8>) -> String {
        var bytes = bytes
        if bytes.count > ArticleLimits.maxBodyBytes {
            collected.append(ArticleWarning("body is larger than \(ArticleLimits.maxBodyBytes >> 20) MiB; cut"))
            bytes = bytes.prefix(ArticleLimits.maxBodyBytes)
            if let lastLine = bytes.lastIndex(of: 0x0A) { bytes = bytes[..<lastLine] }
        } else if !readsBody && !bytes.withUnsafeBufferPointer(String.mayHoldControlCharacter) {
            // Valid UTF-8 (the whole file was checked) with no byte that may start a control
            // character: the String would be made only to find none.
            return ""
        }
        let text = String(decoding: bytes, as: UTF8.self)
        guard text.hasControlCharacters else { return readsBody ? text.trimmingWhitespace() : "" }
        if !cleanedFields.contains("body") { cleanedFields.append("body") }
        return readsBody ? text.removingControlCharacters().trimmingWhitespace() : ""
    }
}
