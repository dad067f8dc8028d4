@testable import FeedModel
@testable import FeedXML
import TestSupport

/// The feeds the OPML golden files and the index page's element tests list: the feed of
/// everything, three topics (one whose name needs escaping, one not ASCII) and two providers, in
/// the catalog's order (slug order per axis).
enum GoldenListings {
    static let base = Sample.base
    static let newest = Timestamp(iso8601: "2021-07-02T08:00:05Z")!

    static let all = listing(.all, "", title: "feedpub", description: "The newest articles on every topic, from feedpub",
                             json: true, count: 50, updated: newest)

    static let topics = [
        listing(.topic("AI"), "topics/ai", title: "AI — feedpub", description: "The newest articles on AI, from feedpub",
                count: 12, updated: newest),
        listing(.topic(#"AT&T <Labs> "Research""#), "topics/att-labs-research",
                title: #"AT&T <Labs> "Research" — feedpub"#,
                description: #"The newest articles on AT&T <Labs> "Research", from feedpub"#,
                count: 1, updated: Timestamp(iso8601: "2020-02-29T23:59:59Z")!),
        listing(.topic("Zürich"), "topics/zurich", title: "Zürich — feedpub", description: "The newest articles on Zürich, from feedpub",
                count: 3, updated: Timestamp(iso8601: "2021-07-01T12:07:00Z")!),
    ]

    static let providers = [
        listing(.provider("blog.example.net"), "providers/blog-example-net", title: "blog.example.net — feedpub",
                description: "The newest articles from blog.example.net, via feedpub", home: "https://blog.example.net/",
                count: 1, updated: Timestamp(iso8601: "2021-06-30T23:59:59Z")!),
        listing(.provider("Neue Zürcher Zeitung"), "providers/neue-zurcher-zeitung", title: "Neue Zürcher Zeitung — feedpub",
                description: "The newest articles from Neue Zürcher Zeitung, via feedpub", home: "https://www.nzz.ch/",
                count: 3, updated: Timestamp(iso8601: "2021-07-01T12:07:00Z")!),
    ]

    static let index = [all] + topics + providers

    /// The site before any article exists: only the feed of everything, empty.
    static let empty = [listing(.all, "", title: "feedpub", description: "The newest articles on every topic, from feedpub",
                                count: 0, updated: .epoch)]

    static func listing(_ kind: FeedHeader.Kind, _ directory: String, title: String, description: String, home: String = base,
                        json: Bool = false, count: Int, updated: Timestamp, base: String = base) -> FeedListing {
        FeedListing(header: FeedHeader(kind: kind, title: title, subtitle: description, directory: directory, baseURL: base,
                                       homeURL: home, updated: updated, generator: Sample.generator),
                    formats: json ? [.rss, .atom, .json] : [.rss, .atom], entryCount: count)
    }
}
