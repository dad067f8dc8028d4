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

    /// A decoder that fills `Article.body` unless told not to.
    public init(readsBody: Bool = true) {
        self.readsBody = readsBody
    }

    /// An article and the warnings about the fields it dropped or cut.
    public struct Decoded: Sendable {
        public var article: Article
        public var warnings: [Warning]
    }

    /// The article in one file's bytes (`sourcePath` names it), or why the file is rejected.
    public func decode(_ bytes: ArraySlice<UInt8>, sourcePath: String) throws(Problem) -> Decoded {
        guard bytes.count <= Limits.maxFileBytes else {
            throw Problem("file is larger than \(Limits.maxFileBytes >> 20) MiB")
        }
        if let line = Self.firstLineWithInvalidUTF8(bytes) {
            throw Problem("not valid UTF-8 (line \(line))")
        }
        let frontMatter: FrontMatter
        do {
            frontMatter = try FrontMatter(splitting: bytes)
        } catch {
            switch error {
            case .empty: throw Problem("empty file")
            case .missingOpening: throw Problem("no front matter: the file does not start with a '---' line")
            case .unclosed: throw Problem("front matter is never closed: no second '---' line")
            }
        }
        // The whole file is valid UTF-8 (checked above), as the block reader needs.
        let parser = YAMLParser(schema: Self.schema,
                                limits: .init(maxNodes: Limits.maxYAMLNodes, maxDepth: Limits.maxYAMLDepth),
                                triesBlockReader: true)
        let parsed = frontMatter.yaml.withUnsafeBytes { raw in Result { () throws(YAMLParser.Failure) in try parser.parse(raw) } }
        let root: YAMLNode
        switch parsed {
        case let .success(node): root = node
        case let .failure(error):
            let offset = frontMatter.firstYAMLLine - 1
            let detail = error.problemLine.map { " (line \($0 + offset))" } ?? ""
            throw Problem("invalid YAML at line \(error.line + offset): \(error.message)\(detail)")
        }
        guard let (keys, values) = root.entries else {
            throw Problem("front matter is \(root.kindDescription), not a mapping of keys to values")
        }
        var fields = ArticleFieldReader(keys: keys, values: values, readsBody: readsBody)
        let article = try fields.article(sourcePath: sourcePath, body: frontMatter.body)
        return Decoded(article: article, warnings: fields.warnings)
    }

    /// Every top-level key read; the YAML parser skips the values of all others.
    static let keyList = [
        "title", "excerpt", "publishedDateTime", "webUrl", "originalUrl", "category", "type", "quality", "heat",
        "published", "provider", "topics", "images", "related", "language",
    ]
    private static let imageSchema = YAMLSchema.list(.mapping([("url", .any), ("width", .any), ("height", .any)]))
    /// What the YAML parser builds: the keys above, and of nested mappings only what is read.
    static let schema = YAMLSchema.mapping(keyList.map { key in
        switch key {
        case "provider": return (key, .mapping([("name", .any), ("domain", .any), ("images", imageSchema)]))
        case "images": return (key, imageSchema)
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
