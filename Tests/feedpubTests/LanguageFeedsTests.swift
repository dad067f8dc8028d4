import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import TestSupport

/// Each entry's and each feed's language as the built files say it, parsed back, and the
/// languages axis in the files, the OPML lists and the index.
@Suite("Languages, end to end")
struct LanguageFeedsTests {
    /// (file, front matter `language:` line or nil, title, excerpt): two Hindi, one Telugu, one
    /// English, and a Tamil one whose front matter gives a tag of the wrong shape.
    static let articles: [(String, String?, String, String)] = [
        ("hi1", nil, "राजस्थान से आ रही गर्म हवाओं से भिंड का पारा 45 डिग्री पहुंचा",
         "रात में भी लू चलने से लोग परेशान हैं, डॉक्टरों ने बचाव की सलाह दी है"),
        ("hi2", nil, "मध्य प्रदेश में आज से स्कूलों का नया सत्र शुरू होगा",
         "शिक्षा विभाग ने सभी जिलों को निर्देश जारी कर दिए हैं और किताबें बांटी जाएंगी"),
        ("te1", nil, "ఏపీలో రాగల మూడు రోజులు భారీ వర్షాలు",
         "వాతావరణ కేంద్రం హెచ్చరిక జారీ చేసింది, ప్రజలు జాగ్రత్తగా ఉండాలని సూచించింది"),
        ("en1", nil, "City council approves the new budget",
         "The council voted on Tuesday after a long debate about public transport and housing"),
        ("ta1", "english!", "சென்னையில் இன்று கனமழை பெய்யும்",
         "வானிலை ஆய்வு மையம் தெரிவித்துள்ளது, பொதுமக்கள் எச்சரிக்கையாக இருக்க வேண்டும்"),
    ]

    static func write(_ input: URL) throws {
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        for (minute, (name, language, title, excerpt)) in articles.enumerated() {
            let text = """
                ---
                title: "\(title)"
                excerpt: "\(excerpt)"
                publishedDateTime: 2024-03-05T10:0\(minute):00Z
                webUrl: "https://news.example.com/\(name)"
                topics: [\(name.hasPrefix("hi") ? "Weather" : "News")]
                provider: {name: Wire}\(language.map { "\nlanguage: \"\($0)\"" } ?? "")
                ---

                """
            try Data(text.utf8).write(to: input.appendingPathComponent("\(name).md"))
        }
    }

    private func build(in folder: URL, configuration: String? = nil, arguments: [String] = []) throws -> ConfiguredBuild {
        try Self.write(folder.appendingPathComponent("input"))
        return try ConfiguredBuild("input", in: folder, configuration: configuration, arguments: arguments)
    }

    private func xml(_ build: ConfiguredBuild, _ path: String) throws -> XMLDocument {
        try XMLDocument(data: Data(contentsOf: build.output.appendingPathComponent(path)), options: [])
    }

    /// Per entry id's last path segment: the Atom entry's `xml:lang`, the RSS item's
    /// `dc:language`, the JSON Feed item's `language`.
    private func entryLanguages(_ build: ConfiguredBuild, _ folder: String) throws -> [String: [String?]] {
        let prefix = folder.isEmpty ? "" : folder + "/"
        var found: [String: [String?]] = [:]
        for entry in try xml(build, prefix + "atom.xml").nodes(forXPath: "/*/*[local-name()='entry']") {
            let element = try #require(entry as? XMLElement)
            let id = try #require(element.elements(forName: "id").first?.stringValue)
            found[String(id.split(separator: "/").last!), default: []].append(element.attribute(forName: "xml:lang")?.stringValue)
        }
        for item in try xml(build, prefix + "rss.xml").nodes(forXPath: "/rss/channel/item") {
            let id = try #require(try item.nodes(forXPath: "guid").first?.stringValue)
            found[String(id.split(separator: "/").last!), default: []].append(try item.nodes(forXPath: "*[local-name()='language']").first?.stringValue)
        }
        for item in try ConfiguredBuild.items(build.output.appendingPathComponent(prefix + "feed.json")) {
            let id = try #require(item["id"] as? String)
            found[String(id.split(separator: "/").last!), default: []].append(item["language"] as? String)
        }
        return found
    }

    /// A feed's language in RSS `<language>`, Atom `xml:lang` on `<feed>`, JSON Feed `language`, the page's `<main lang>`.
    private func feedLanguages(_ build: ConfiguredBuild, _ folder: String) throws -> [String?] {
        let prefix = folder.isEmpty ? "" : folder + "/"
        let rss = try xml(build, prefix + "rss.xml").nodes(forXPath: "/rss/channel/language").first?.stringValue
        let atom = try xml(build, prefix + "atom.xml").rootElement()?.attribute(forName: "xml:lang")?.stringValue
        let json = try ConfiguredBuild.object(build.output.appendingPathComponent(prefix + "feed.json"))["language"] as? String
        let page = try String(contentsOf: build.output.appendingPathComponent((folder.isEmpty ? "all" : folder) + "/index.html"), encoding: .utf8)
        let main = page.range(of: "<main lang=\"").map { String(page[$0.upperBound...].prefix { $0 != "\"" }) }
        return [rss, atom, json, main]
    }

    @Test("every entry carries its language in all three formats; a bad front-matter tag is a warning and the text decides")
    func entryLanguagesParsedBack() throws {
        try withTemporaryFolder { folder in
            let build = try build(in: folder)
            #expect(build.result.status == 0, "stderr: \(build.result.standardError)")
            let languages = try entryLanguages(build, "")
            #expect(languages["hi1"] == ["hi", "hi", "hi"] && languages["hi2"] == ["hi", "hi", "hi"])
            #expect(languages["te1"] == ["te", "te", "te"] && languages["en1"] == ["en", "en", "en"])
            #expect(languages["ta1"] == ["ta", "ta", "ta"])
            #expect(build.result.errorLines.contains { line in
                line.hasPrefix("feedpub: warning: ") && line.contains("ta1.md: 'language' is 'english!', not a BCP 47 tag")
            }, "stderr: \(build.result.standardError)")
        }
    }

    @Test("a feed declares its configured language, else that of 80 % of its entries, else none")
    func feedLanguagesParsedBack() throws {
        try withTemporaryFolder { folder in
            let build = try build(in: folder, configuration: "providers: {Wire: {title: Wire}}\n")
            #expect(build.result.status == 0, "stderr: \(build.result.standardError)")
            #expect(try feedLanguages(build, "") == [nil, nil, nil, nil])
            #expect(try feedLanguages(build, "topics/weather") == ["hi", "hi", "hi", "hi"])
            #expect(try feedLanguages(build, "languages/te") == ["te", "te", "te", "te"])
        }
        try withTemporaryFolder { folder in
            let build = try build(in: folder, configuration: "language: en-GB\ntopics: {News: {language: ml}}\n")
            #expect(build.result.status == 0, "stderr: \(build.result.standardError)")
            #expect(try feedLanguages(build, "") == ["en-GB", "en-GB", "en-GB", "en-GB"])
            #expect(try feedLanguages(build, "topics/news") == ["ml", "ml", "ml", "ml"])
            // The topic's language is its articles' too, unless their front matter says otherwise.
            #expect(try entryLanguages(build, "topics/news")["en1"] == ["ml", "ml", "ml"])
            #expect(try feedLanguages(build, "languages/ml") == ["ml", "ml", "ml", "ml"])
        }
    }

    @Test("the languages axis: files, OPML lists and the index; write.feeds can leave it out")
    func languageAxis() throws {
        try withTemporaryFolder { folder in
            let build = try build(in: folder)
            let files = try FileTree(reading: build.output).filePaths.filter { $0.hasPrefix("languages/") }
            let expected = ["en", "hi", "ta", "te"].flatMap { tag in
                ["atom.xml", "feed.json", "index.html", "rss.xml"].map { "languages/\(tag)/\($0)" }
            }
            #expect(files.sorted() == expected.sorted())
            let list = try xml(build, "languages.opml")
            #expect(try list.nodes(forXPath: "/opml/body/outline/@xmlUrl").compactMap(\.stringValue)
                == ["en", "hi", "ta", "te"].map { "https://feeds.example.org/languages/\($0)/rss.xml" })
            let folderNames = try xml(build, "index.opml").nodes(forXPath: "/opml/body/outline[outline]/@text").compactMap(\.stringValue)
            #expect(folderNames == ["Topics", "Providers", "Languages"])
            let index = try String(contentsOf: build.output.appendingPathComponent("index.html"), encoding: .utf8)
            #expect(index.contains("id=\"languages\"") && index.contains("href=\"https://feeds.example.org/languages/hi/index.html\""))
        }
        try withTemporaryFolder { folder in
            let build = try build(in: folder, configuration: "write: {feeds: [all, topics, providers]}\n")
            #expect(build.result.status == 0, "stderr: \(build.result.standardError)")
            #expect(try FileTree(reading: build.output).filePaths.allSatisfy { !$0.hasPrefix("languages/") })
            #expect(try xml(build, "index.opml").nodes(forXPath: "//outline[@text='Languages']").isEmpty)
            let index = try String(contentsOf: build.output.appendingPathComponent("index.html"), encoding: .utf8)
            #expect(!index.contains("id=\"languages\""))
        }
    }

    @Test("a warm run (languages from the cache) writes what a cold run identifies, byte for byte")
    func warmEqualsCold() throws {
        try withTemporaryFolder { folder in
            let input = folder.appendingPathComponent("input")
            try Self.write(input)
            try CacheTests.settle(input)
            let arguments = ["build", "--input", input.path]
            let warmOutput = folder.appendingPathComponent("warm")
            let first = try FeedpubCommand.run(arguments + ["--output", warmOutput.path], in: folder)
            #expect(first.status == 0, "stderr: \(first.standardError)")
            let firstTree = try FileTree(reading: warmOutput)
            let warm = try FeedpubCommand.run(arguments + ["--output", warmOutput.path], in: folder)
            #expect(warm.standardOutput.contains(" 0 changed"), "\(warm.standardOutput)")
            let coldOutput = folder.appendingPathComponent("cold")
            let cold = try FeedpubCommand.run(arguments + ["--output", coldOutput.path, "--no-cache"], in: folder)
            #expect(warm.errorLines == cold.errorLines)
            let coldTree = try FileTree(reading: coldOutput)
            #expect(FileTree.differences(expected: coldTree, actual: try FileTree(reading: warmOutput)).isEmpty)
            #expect(FileTree.differences(expected: firstTree, actual: coldTree).isEmpty)
        }
    }
}
