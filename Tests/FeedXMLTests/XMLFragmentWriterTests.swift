@testable import FeedModel
@testable import FeedXML
import Testing
import TestSupport

/// Entries written in Swift are the bytes libxml2's writer gives at the same place of a document.
@Suite struct XMLFragmentWriterTests {
    /// Text and attributes holding every byte either escaping touches, non-ASCII, empty
    /// strings, controls XML forbids, and every optional element present or absent.
    static let entries: [FeedEntry] = {
        let awkward = "Tab\there, line\nbreak, CR\r, \"quotes\" & 'apostrophes' <b>x</b> ]]> — é 日本 \u{7}bell\u{85}"
        var full = Sample.entry(
            id: "https://news.example.com/a?x=1&y=\"2\"", title: awkward, summary: awkward, contentHTML: "<p>\(awkward)</p>",
            author: FeedEntry.Author(name: awkward, uri: "https://news.example.com/<a>"),
            categories: [.init(term: awkward, scheme: Sample.base + "topics/"), Sample.topic("AI")],
            images: [.init(url: "https://img.example.com/a b\t.jpg", width: 640, height: nil, mimeType: "image/png"),
                     .init(url: "https://img.example.com/2.jpg", width: nil, height: 480, mimeType: nil)],
            related: [.init(url: "https://news.example.com/r", title: awkward), .init(url: "https://news.example.com/s", title: nil)],
            leadIndex: 1, leadHTML: "<img src=\"x\">", source: Sample.source)
        full.language = "fr-CA"
        var bare = Sample.entry(id: "https://news.example.com/b", title: "", summary: nil, author: .init(name: "", uri: nil))
        bare.language = nil
        return [full, bare, Sample.entry(), full]
    }()

    @Test func rssItemsAreLibxml2sBytes() throws {
        let writer = RSSWriter()
        let libxml2 = try XMLWriter.fragments(inside: ["rss", "channel"], count: Self.entries.count) { writer.item(Self.entries[$0], $1) }
        #expect(try writer.renderEntries(Self.entries) == libxml2)
        #expect(RSSWriter.entryDepth == 2)
    }

    @Test func atomEntriesAreLibxml2sBytes() throws {
        let writer = AtomWriter()
        let libxml2 = try XMLWriter.fragments(inside: ["feed"], count: Self.entries.count) { writer.entry(Self.entries[$0], $1) }
        #expect(try writer.renderEntries(Self.entries) == libxml2)
        #expect(AtomWriter.entryDepth == 1)
    }

    @Test func emptyElementsAndTextOnlyElementsEndAsLibxml2Ends() throws {
        func write(_ xml: some XMLElementWriter) {
            xml.element("outer", ["a": "\t\n\r\"<>&", "skipped": nil]) {
                xml.element("empty")
                xml.element("blank", text: "")
                xml.element("nested") { xml.element("inner", ["k": "v"], text: "t\r&") }
            }
        }
        let libxml2 = try XMLWriter.fragments(inside: ["a", "b", "c"], count: 1) { write($1) }
        #expect(XMLFragmentWriter.fragments(depth: 3, count: 1) { write($1) } == libxml2)
    }
}
