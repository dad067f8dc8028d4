import Foundation
import Testing
@testable import FeedModel
@testable import FeedYAML
import TestSupport

/// `BlockYAMLReader`: wherever it reads a document, it builds libyaml's tree; everything else
/// it declines, and libyaml reads it.
@Suite struct BlockYAMLReaderTests {
    private static let limits = YAMLParser.Limits(maxNodes: ArticleDecoder.Limits.maxYAMLNodes, maxDepth: ArticleDecoder.Limits.maxYAMLDepth)

    private func shortcut(_ yaml: String, schema: YAMLSchema = .any) -> YAMLNode? {
        Array(yaml.utf8).withUnsafeBufferPointer { BlockYAMLReader(schema: schema, maxNodes: Self.limits.maxNodes).parse($0) }
    }

    private func libyaml(_ yaml: String, schema: YAMLSchema = .any) -> YAMLNode? {
        Array(yaml.utf8).withUnsafeBytes { raw in
            try? Result { () throws(YAMLParser.Failure) in try YAMLParser(schema: schema, limits: Self.limits).parse(raw) }.get()
        }
    }

    private static let seedFrontMatter = """
        category: news
        title: "Microsoft to acquire AT&T’s Network Cloud; Azure to host AT&T 5G \\"network\\""
        excerpt: "The partnership builds on an existing $2bn deal.\\nSecond line\\\\ with a \\/ slash"
        publishedDateTime: 2021-07-01T12:07:00Z
        originalUrl: "https://www.datacenterdynamics.com/en/news/a/"
        webUrl: https://www.datacenterdynamics.com/en/news/a/?q=1#frag
        type: article
        quality: 53
        heat: -1
        published: false

        provider:
          name: Datacenter Dynamics
          domain: datacenterdynamics.com

        topics:
          - Microsoft AI
          - 'It''s AI'
          - "Überall"

        images:
          - url: "https://media.example.com/a.jpg"
            width: 1200
            height: 630
            isCached: true

        related:
          - title: "AT&T takes a giant 5G leap"
            publishedDateTime: 2021-07-01T14:06:00Z
            webUrl: "https://www.telecomtv.com/content/a/"
            provider:
              name: TelecomTV
            images:
              - url: "https://assets.example.com/b.jpeg?w=1200"
                width: 1200

        secured: "tDMsw62u+JuivTYQYw4mXdk9JAismbHh8RiH80NGpcOGQGbk0Z9Y28PgAseWqcIbfhAjbntXcUrqjjGZi8E5ivjEy8NUuu"

        """

    @Test(arguments: [
        seedFrontMatter,
        "title: A\n",
        "title: A   \nlink: b\n",
        "title:\nnext: 1\n",
        "title:\n\n\nnext: 1\n",
        "topics:\n- a\n- b\nnext: c\n",
        "related:\n- title: a\n  more:\n  - x\n  - y\n  after: z\n- b\n",
        "a:\n  b:\n    c:\n      d: deep\n  e: f\n",
        "list:\n  -   spaced\n  - \"q\"   \n",
        "dash: ---\nplain: a:b\nurl: http://x/y#z\nsharp: a#b\n",
        "nulls: ~\nword: null\nyes: yes\nfloat: 1.5e3\nint: 0x1F\nquoted: \"12\"\n",
        "empty: \"\"\nsingle: ''\nspaces: \"  both  \"\n",
        "unicode: Ünïcödé — “quotes” 漢字 😀 \u{A0}nbsp\n",
        "brackets: a [b] {c}, d\n",
        "escapes: \"tab\\there\\rcr\"\n",
        "\n\ntitle: leading blank lines\n",
        "# a comment\ntitle: A # after a value\nlist: # after a key\n  # indented\n  - a # after an item\n# between\n  - 'b'  # after quotes\n",
        "title: A\n      # deeper than anything\nnext: B\n",
        "title: a#b c# d\n",
        "title: \"\\u00e9 \\x41 \\U0001F600 \\u0000 \\uFEFF\"\n",
        "title: A\r\nlist:\r\n  - a\r\n  - 'b'  \r\n  # comment\r\nkey:\r\n\r\n",
        "title: no newline at the end",
    ])
    func readsTheCommonShapeAsLibyamlDoes(_ yaml: String) throws {
        let node = try #require(shortcut(yaml), "declined:\n\(yaml)")
        #expect(node == libyaml(yaml))
        let articleNode = try #require(shortcut(yaml, schema: ArticleDecoder.schema))
        #expect(articleNode == libyaml(yaml, schema: ArticleDecoder.schema))
    }

    @Test(arguments: [
        "title:\tA\n",
        "topics: [a, b]\n",
        "provider: {name: a}\n",
        "title: &anchor A\nother: *anchor\n",
        "title: !!str 12\n",
        "title: |\n  block\n",
        "title: >\n  folded\n",
        "title: first\n  continued\n",
        "title: \"first\n  continued\"\n",
        "title: \"\\uD800\"\n",
        "title: \"\\u12\"\n",
        "title: \"\\U00110000\"\n",
        "title: \"\\e\"\n",
        "title: A\rB\n",
        "title: A\r",
        "title: A\ntitle: B\n",
        "two words: A\n",
        "\"quoted\": A\n",
        "? complex\n: A\n",
        "title: A\u{85}B\n",
        "title: A\u{2028}B\n",
        "title: \u{FEFF}A\n",
        "title: A: B\n",
        "title: A:\n",
        "- a\n- b\n",
        "just text\n",
        "",
        "\n\n",
        "  indented: A\n",
        "a:\n  b: 1\n   c: 2\n",
        "topics:\n  - a\n  b: c\n",
        "title: A\n...\n",
        "%YAML 1.1\n",
        "title: -\n",
        "title: - a\n",
        "list:\n  -\n    a: b\n",
        "title: \"A\" trailing\n",
        "title: 'it's'\n",
        "title: \"A\"# no space\n",
        "# only a comment\n",
    ])
    func declinesEverythingElse(_ yaml: String) {
        #expect(shortcut(yaml) == nil, "read:\n\(yaml)")
    }

    @Test func declinesADocumentLibyamlRefusesForItsSize() {
        let yaml = "topics:\n" + String(repeating: "  - a\n", count: 10)
        let small = Array(yaml.utf8).withUnsafeBufferPointer { BlockYAMLReader(schema: .any, maxNodes: 5).parse($0) }
        #expect(small == nil)
        #expect(shortcut(yaml) != nil)
    }

    /// Every fixture and seed, whole files split as the decoder splits them.
    @Test func agreesOnEveryArticleInTheRepository() throws {
        let files = Self.repositoryArticles()
        #expect(files.count > 40)
        for file in files {
            #expect(YAMLCrossCheck.agrees(Array(try Data(contentsOf: file))[...]), "\(file.path)")
        }
    }

    /// Tens of thousands of near-misses: the corners where a hand-written reader goes wrong.
    @Test func agreesOnMutatedDocuments() throws {
        var generator = SplitMix64(seed: 0x5EED)
        // Documents the reader takes as they are, so that one or two changes land near the line.
        var bases = [Array(Self.seedFrontMatter.utf8)]
        for file in Self.repositoryArticles() {
            let bytes = Array(try Data(contentsOf: file))[...]
            guard let frontMatter = try? FrontMatter(splitting: bytes), UTF8Validation.isValid(bytes) else { continue }
            let yaml = Array(frontMatter.yaml)
            if yaml.withUnsafeBufferPointer({ BlockYAMLReader(schema: .any, maxNodes: Self.limits.maxNodes).parse($0) }) != nil {
                bases.append(yaml)
            }
        }
        #expect(bases.count > 20)
        var read = 0
        var declined = 0
        for _ in 0..<12_000 {
            var document = bases[Int(generator.next() % UInt64(bases.count))]
            for _ in 0...(generator.next() % 2) { Self.mutate(&document, &generator) }
            guard UTF8Validation.isValid(document[...]) else { continue }
            for schema in [YAMLSchema.any, ArticleDecoder.schema] {
                let agrees = document.withUnsafeBufferPointer { yaml in
                    if BlockYAMLReader(schema: schema, maxNodes: Self.limits.maxNodes).parse(yaml) == nil {
                        declined += 1
                    } else {
                        read += 1
                    }
                    return YAMLCrossCheck.agrees(yaml, schema: schema)
                }
                #expect(agrees, "differs:\n\(String(decoding: document, as: UTF8.self))")
                if !agrees { return }
            }
        }
        // Both sides of the line were walked often: the check is not vacuous.
        #expect(read > 4_000)
        #expect(declined > 4_000)
    }

    private static let insertions: [String] = [
        " ", "  ", "\n", "\n  ", "\n- ", "- ", "-", ":", ": ", "#", " #", "\"", "'", "''", "\\", "\\\"", "\\n", "\\u00e9",
        "[", "]", "{", "}", ",", "&a ", "*a", "!", "|", ">", "?", "? ", "%", "@", "`", "\t", "\r", "\r\n", "\\x4", "\\uD83D", "\\U0001F600", "~", "---", "...",
        "é", "\u{85}", "\u{2028}", "\u{FEFF}", "\u{FFFE}", "null", "true", "-1", "0x1F", "key: v\n", "title: dup\n",
        "  nested: v\n", "\n    - item", "x:", "a: b: c",
    ]

    private static func mutate(_ document: inout [UInt8], _ generator: inout SplitMix64) {
        guard !document.isEmpty else { return }
        let position = Int(generator.next() % UInt64(document.count + 1))
        switch generator.next() % 6 {
        case 0, 1:
            let token = insertions[Int(generator.next() % UInt64(insertions.count))]
            document.insert(contentsOf: token.utf8, at: position)
        case 2:
            let end = min(document.count, position + 1 + Int(generator.next() % 4))
            document.removeSubrange(position..<end)
        case 3:
            // Indent or dedent the line holding `position`.
            let lineStart = document[..<min(position, document.count)].lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
            if generator.next() % 2 == 0 {
                document.insert(contentsOf: Array(repeating: 0x20, count: 1 + Int(generator.next() % 2)), at: lineStart)
            } else if lineStart < document.count, document[lineStart] == 0x20 {
                document.remove(at: lineStart)
            }
        default:
            // Copy one line to another place: duplicate keys, misplaced items.
            let lines = document.split(separator: 0x0A, omittingEmptySubsequences: false)
            let line = lines[Int(generator.next() % UInt64(lines.count))]
            var target = lines
            target.insert(line, at: Int(generator.next() % UInt64(lines.count + 1)))
            document = Array(target.joined(separator: [0x0A]))
        }
    }

    private static func repositoryArticles() -> [URL] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        var files: [URL] = []
        for folder in ["seeds", "Tests"] {
            let enumerator = FileManager.default.enumerator(at: root.appendingPathComponent(folder), includingPropertiesForKeys: nil)
            while let url = enumerator?.nextObject() as? URL {
                if ["md", "txt"].contains(url.pathExtension), !url.path.contains("/expected/") { files.append(url) }
            }
        }
        return files.sorted { $0.path < $1.path }
    }
}
