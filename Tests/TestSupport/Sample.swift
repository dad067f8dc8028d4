// Feed's initialiser is internal, so samples need `@testable import`, which only a debug build
// allows; `swift build -c release` builds this target too, and there it holds no samples.
#if DEBUG
@testable public import FeedModel

/// Feeds and entries built directly, so a test states only what it is about. Every default is
/// a plain ASCII value that needs no escaping.
public enum Sample {
    public static let base = "https://feeds.example.org/"
    public static let siteTitle = "feedpub"
    public static let published = Timestamp(iso8601: "2021-07-01T12:07:00Z")!
    public static let generator = FeedHeader.Generator(name: "feedpub", version: "0.1.0")
    public static let author = FeedEntry.Author(name: "Example News", uri: "https://news.example.com/")

    public static func entry(
        id: String = "https://news.example.com/2021/07/solar-farm",
        title: String = "Solar farm opens",
        summary: String? = "A short excerpt.",
        contentHTML: String? = nil,
        published: Timestamp = published,
        updated: Timestamp? = nil,
        author: FeedEntry.Author = author,
        categories: [FeedEntry.Category] = [],
        images: [FeedEntry.Image] = [],
        related: [FeedEntry.RelatedLink] = [],
        leadIndex: Int? = nil,
        leadHTML: String? = nil,
        source: FeedEntry.Source? = nil
    ) -> FeedEntry {
        FeedEntry(id: id, link: id, title: title, summary: summary, contentHTML: contentHTML,
                  published: published, updated: updated ?? published, author: author,
                  categories: categories, images: images, related: related,
                  leadIndex: leadIndex, leadHTML: leadHTML, source: source)
    }

    /// A provider feed's `<source>`, as `EntryMapping` maps it.
    public static let source = FeedEntry.Source(title: "Example News — feedpub", rssURL: base + "providers/example-news/rss.xml",
                                                id: base + "providers/example-news/atom.xml",
                                                atomURL: base + "providers/example-news/atom.xml")

    /// A feed in `directory` ("" for the feed of everything), updated as its newest entry.
    public static func feed(
        _ entries: [FeedEntry] = [entry()],
        title: String = "feedpub",
        subtitle: String = "The newest articles on every topic, from feedpub",
        directory: String = "",
        homeURL: String = base,
        language: String? = nil
    ) -> Feed {
        Feed(header: FeedHeader(kind: .all, title: title, subtitle: subtitle, directory: directory, baseURL: base, homeURL: homeURL,
                                language: language, updated: entries.map(\.updated).max() ?? .epoch, generator: generator),
             entries: entries)
    }

    public static func topic(_ term: String) -> FeedEntry.Category { .init(term: term, scheme: base + "topics/") }
    public static func category(_ term: String) -> FeedEntry.Category { .init(term: term, scheme: base + "categories/") }
}
#endif
