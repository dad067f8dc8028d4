import Testing
@testable import FeedModel

/// An entry is handed to several feeds, formats and batches: its fields are shared, not copied.
@Suite("Feed entry layout")
struct FeedEntryLayoutTests {
    @Test("an entry is one reference wide: copying it retains one box, not each of its strings and arrays")
    func oneReferenceWide() {
        #expect(MemoryLayout<FeedEntry>.size == MemoryLayout<AnyObject>.size)
    }

    static let source = FeedEntry.Source(title: "Wire", rssURL: "https://f.example/p/rss.xml", id: "https://f.example/p/atom.xml",
                                         atomURL: "https://f.example/p/atom.xml")

    /// An entry with a different value in every field.
    static func entry() -> FeedEntry {
        FeedEntry(id: "https://n.example/a", link: "https://n.example/a?via=feed", title: "T", summary: "S", contentHTML: "<p>B</p>",
                  published: Timestamp(secondsSinceEpoch: 7), updated: Timestamp(secondsSinceEpoch: 9),
                  author: FeedEntry.Author(name: "Wire", uri: "https://wire.example/"),
                  categories: [FeedEntry.Category(term: "AI", scheme: "https://f.example/topics/")],
                  images: [FeedEntry.Image(url: "https://n.example/i.jpg", width: 4, height: 3, mimeType: "image/jpeg")],
                  related: [FeedEntry.RelatedLink(url: "https://n.example/r", title: "R")],
                  leadIndex: 0, leadHTML: "<img>", source: source, language: "pt-BR")
    }

    @Test("every field reads back as set, and changing a copy leaves the original as it was")
    func fieldsReadBackAndCopiesAreValues() {
        let original = Self.entry()
        var copy = original
        copy.title = "Changed"
        copy.categories.append(FeedEntry.Category(term: "Space", scheme: "https://f.example/topics/"))
        copy.language = nil

        #expect(original.id == "https://n.example/a" && original.link == "https://n.example/a?via=feed" && original.title == "T")
        #expect(original.summary == "S" && original.contentHTML == "<p>B</p>")
        #expect(original.published.secondsSinceEpoch == 7 && original.updated.secondsSinceEpoch == 9)
        #expect(original.author == FeedEntry.Author(name: "Wire", uri: "https://wire.example/"))
        #expect(original.categories.map(\.term) == ["AI"] && original.images.map(\.url) == ["https://n.example/i.jpg"])
        #expect(original.related.map(\.url) == ["https://n.example/r"] && original.leadIndex == 0 && original.leadHTML == "<img>")
        #expect(original.source == Self.source && original.language == "pt-BR")
        #expect(copy.title == "Changed" && copy.categories.map(\.term) == ["AI", "Space"] && copy.language == nil)
        #expect(copy != original)
        #expect(copy.id == original.id && copy.images == original.images)
    }

    @Test("two entries built alike are equal, field by field, whatever their boxes")
    func equalityComparesFields() {
        #expect(Self.entry() == Self.entry())
        var changed = Self.entry()
        changed.leadHTML = nil
        #expect(changed != Self.entry())
    }
}
