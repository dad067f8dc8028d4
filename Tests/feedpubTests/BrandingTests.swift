import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import TestSupport

/// Feed icons, logos and refresh hints, as the built files say them, parsed back.
@Suite("Branding and refresh hints, end to end")
struct BrandingTests {
    private static func article(_ name: String, minute: Int, logo: String?) -> String {
        let images = logo.map { "\n  images:\n    - url: \"\($0)\"\n      width: 120\n      height: 60" } ?? ""
        return """
            ---
            title: "Story \(name)"
            publishedDateTime: 2024-03-05T10:\(String(format: "%02d", minute)):00Z
            webUrl: "https://wire.example.com/\(name)"
            topics: [AI]
            provider:
              name: Wire
              domain: wire.example.com\(images)
            ---
            Body.

            """
    }

    private func build(in folder: URL, configuration: String?) throws -> ConfiguredBuild {
        let input = folder.appendingPathComponent("input")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        let files = [("a", 0, "https://wire.example.com/old-logo.png"), ("b", 20, nil), ("c", 40, "https://wire.example.com/logo.png")]
        for (name, minute, logo) in files {
            try Data(Self.article(name, minute: minute, logo: logo).utf8).write(to: input.appendingPathComponent("\(name).md"))
        }
        return try ConfiguredBuild("input", in: folder, configuration: configuration)
    }

    private func xml(_ build: ConfiguredBuild, _ path: String) throws -> XMLDocument {
        try XMLDocument(data: Data(contentsOf: build.output.appendingPathComponent(path)), options: [])
    }

    private func value(_ document: XMLDocument, _ path: String) throws -> String? {
        try document.nodes(forXPath: path).first?.stringValue
    }

    @Test("a provider feed shows its newest entry's provider logo in RSS, Atom and JSON Feed; the site's icon stays")
    func providerLogoParsedBack() throws {
        try withTemporaryFolder { folder in
            let build = try build(in: folder, configuration: "icon: https://news.example.com/icon.png\n")
            #expect(build.result.status == 0, "stderr: \(build.result.standardError)")
            let rss = try xml(build, "providers/wire/rss.xml")
            #expect(try value(rss, "/rss/channel/image/url") == "https://wire.example.com/logo.png")
            #expect(try value(rss, "/rss/channel/image/title") == value(rss, "/rss/channel/title"))
            #expect(try value(rss, "/rss/channel/image/link") == "https://wire.example.com/")
            #expect(try value(rss, "/rss/channel/image/width") == "120" && value(rss, "/rss/channel/image/height") == "60")
            #expect(try value(rss, "/rss/channel/ttl") == "20")
            let atom = try xml(build, "providers/wire/atom.xml")
            #expect(try value(atom, "/*/*[local-name()='logo']") == "https://wire.example.com/logo.png")
            #expect(try value(atom, "/*/*[local-name()='icon']") == "https://news.example.com/icon.png")
            let json = try ConfiguredBuild.object(build.output.appendingPathComponent("providers/wire/feed.json"))
            #expect(json["icon"] as? String == "https://wire.example.com/logo.png")
            #expect(json["favicon"] as? String == "https://news.example.com/icon.png")
            let topic = try xml(build, "topics/ai/rss.xml")
            #expect(try value(topic, "/rss/channel/image/url") == "https://news.example.com/icon.png")
            #expect(try topic.nodes(forXPath: "/rss/channel/image/width").isEmpty)
        }
    }

    @Test("configured logos win: the site's, a topic's own and a provider's own")
    func configuredLogosParsedBack() throws {
        try withTemporaryFolder { folder in
            let build = try build(in: folder, configuration: """
                logo: https://news.example.com/logo.png
                topics: {AI: {logo: https://news.example.com/ai.png, icon: https://news.example.com/ai-icon.png}}
                providers: {wire.example.com: {logo: https://news.example.com/wire.png}}

                """)
            #expect(build.result.status == 0, "stderr: \(build.result.standardError)")
            #expect(try value(xml(build, "rss.xml"), "/rss/channel/image/url") == "https://news.example.com/logo.png")
            #expect(try value(xml(build, "topics/ai/atom.xml"), "/*/*[local-name()='logo']") == "https://news.example.com/ai.png")
            #expect(try value(xml(build, "topics/ai/atom.xml"), "/*/*[local-name()='icon']") == "https://news.example.com/ai-icon.png")
            #expect(try value(xml(build, "providers/wire/rss.xml"), "/rss/channel/image/url") == "https://news.example.com/wire.png")
            let json = try ConfiguredBuild.object(build.output.appendingPathComponent("feed.json"))
            #expect(json["icon"] as? String == "https://news.example.com/logo.png" && json["favicon"] == nil)
        }
    }
}
