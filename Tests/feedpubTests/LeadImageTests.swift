import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import TestSupport

/// The lead image and the provider's `<source>`, as the built files say them, parsed back.
@Suite("Lead images and sources, end to end")
struct LeadImageTests {
    private let chips = "https://news.example.net/2024/03/chip-exports"

    @Test("the RSS item carries one enclosure, a thumbnail, an <img> and its provider feed as <source>")
    func rssItemParsedBack() throws {
        try withTemporaryFolder { folder in
            let build = try FixtureBuild("articles", in: folder)
            #expect(build.result.status == 0)
            let rss = try XMLDocument(data: Data(contentsOf: build.output.appendingPathComponent("topics/ai/rss.xml")), options: [])
            let item = try #require(try rss.nodes(forXPath: "//item[guid='\(chips)']").first as? XMLElement)
            let enclosures = item.elements(forName: "enclosure")
            #expect(enclosures.count == 1)
            #expect(enclosures.first?.attribute(forName: "url")?.stringValue == "https://media.example.net/chips.jpg")
            #expect(enclosures.first?.attribute(forName: "length")?.stringValue == "0")
            #expect(enclosures.first?.attribute(forName: "type")?.stringValue == "image/jpeg")
            #expect(item.elements(forName: "media:thumbnail").first?.attribute(forName: "width")?.stringValue == "1200")
            let description = try #require(item.elements(forName: "description").first?.stringValue)
            #expect(description.hasPrefix(#"<img src="https://media.example.net/chips.jpg" width="1200" height="630" alt="#))
            let source = try #require(item.elements(forName: "source").first)
            #expect(source.attribute(forName: "url")?.stringValue == FixtureBuild.baseURL + "providers/datacenter-dynamics/rss.xml")
            #expect(FileManager.default.fileExists(atPath: build.output.appendingPathComponent("providers/datacenter-dynamics/rss.xml").path))
        }
    }

    @Test("the Atom entry's <source> is the provider feed's id, title and self link")
    func atomSourceParsedBack() throws {
        try withTemporaryFolder { folder in
            let build = try FixtureBuild("articles", in: folder)
            let atom = try XMLDocument(data: Data(contentsOf: build.output.appendingPathComponent("atom.xml")), options: [])
            let provider = try XMLDocument(data: Data(contentsOf: build.output.appendingPathComponent("providers/datacenter-dynamics/atom.xml")),
                                           options: [])
            let entry = try #require(try atom.nodes(forXPath: "//*[local-name()='entry'][*[local-name()='id']='\(chips)']").first as? XMLElement)
            let source = try #require(entry.elements(forName: "source").first)
            func value(_ node: XMLNode, _ path: String) throws -> String? { try node.nodes(forXPath: path).first?.stringValue }
            #expect(try value(source, "*[local-name()='id']") == value(provider, "/*/*[local-name()='id']"))
            #expect(try value(source, "*[local-name()='title']") == value(provider, "/*/*[local-name()='title']"))
            #expect(try value(source, "*[local-name()='link'][@rel='self']/@href") == value(provider, "/*/*[local-name()='link'][@rel='self']/@href"))
            #expect(try entry.nodes(forXPath: "*[local-name()='link'][@rel='enclosure']/@href").map(\.stringValue) == ["https://media.example.net/chips.jpg"])
        }
    }
}
