@testable import FeedModel

/// Feeds and entries built directly, so a test states only what it is about. Every default is
/// a plain ASCII value that needs no escaping.
enum Sample {
    static let base = "https://feeds.example.org/"
    static let published = Timestamp(iso8601: "2021-07-01T12:07:00Z")!
    static let generator = FeedHeader.Generator(name: "feedpub", version: "0.1.0")
    static let author = FeedEntry.Author(name: "Example News", uri: "https://news.example.com/")

    static func entry(
        id: String = "https://news.example.com/2021/07/solar-farm",
        title: String = "Solar farm opens",
        summary: String? = "A short excerpt.",
        contentHTML: String? = nil,
        published: Timestamp = published,
        updated: Timestamp? = nil,
        author: FeedEntry.Author = author,
        categories: [FeedEntry.Category] = [],
        images: [FeedEntry.Image] = [],
        related: [FeedEntry.RelatedLink] = []
    ) -> FeedEntry {
        FeedEntry(id: id, link: id, title: title, summary: summary, contentHTML: contentHTML,
                  published: published, updated: updated ?? published, author: author,
                  categories: categories, images: images, related: related)
    }

    /// A feed in `directory` ("" for the feed of everything), updated as its newest entry.
    static func feed(
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
}
