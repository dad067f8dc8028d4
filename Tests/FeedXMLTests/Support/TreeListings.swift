@testable import FeedModel
import FeedXML

/// The feeds `feedpub build` lists for feedpubTests' `Fixtures/articles`: the index page of its
/// golden tree (`Fixtures/expected/index.html`) is the one golden index page of both targets.
enum TreeListings {
    static let base = "https://example.com/feeds/"
    static let opmlURL = base + "index.opml"

    /// In the order the command lists them on the index page.
    static let all = HTMLIndexWriter.busiestFirst([
        row(.all, "", count: 6, updated: "2024-03-05T06:00:00Z"),
        row(.topic("a/b"), "topics/a-b", count: 1, updated: "2024-02-28T12:00:00Z"),
        row(.topic("AI"), "topics/ai", count: 2, updated: "2024-03-05T06:00:00Z"),
        row(.topic("business"), "topics/business", count: 1, updated: "2024-01-12T18:45:00Z"),
        row(.topic("../../etc"), "topics/etc", count: 1, updated: "2024-02-28T12:00:00Z"),
        row(.topic("Semiconductors"), "topics/semiconductors", count: 1, updated: "2024-03-01T09:30:00Z"),
        row(.topic("日本経済"), "topics/u-71202c6ca2", count: 1, updated: "2024-03-05T06:00:00Z"),
        row(.topic("Weather"), "topics/weather", count: 1, updated: "2024-02-20T07:15:00Z"),
        row(.topic("Zürich"), "topics/zurich", count: 3, updated: "2024-02-20T07:15:00Z"),
        row(.provider("AT&T <Labs>"), "providers/at-t-labs", count: 1, updated: "2024-02-28T12:00:00Z"),
        row(.provider("Datacenter Dynamics"), "providers/datacenter-dynamics", home: "https://datacenterdynamics.com/",
            count: 1, updated: "2024-03-01T09:30:00Z"),
        row(.provider("Example Wire"), "providers/example-wire", home: "https://example.org/", count: 1, updated: "2024-01-12T18:45:00Z"),
        row(.provider("Neue Zürcher Zeitung"), "providers/neue-zurcher-zeitung", home: "https://nzz.ch/",
            count: 1, updated: "2024-02-20T07:15:00Z"),
        row(.provider("日本経済新聞"), "providers/u-a34b5fc6ba", count: 1, updated: "2024-03-05T06:00:00Z"),
        row(.provider("Zürich Insider"), "providers/zurich-insider", count: 1, updated: "2023-12-31T23:30:00Z"),
        row(.language("en"), "languages/en", count: 4, updated: "2024-03-01T09:30:00Z"),
        row(.language("ja"), "languages/ja", count: 1, updated: "2024-03-05T06:00:00Z"),
    ])

    /// One row with every format published; the page shows no title but that of the feed of everything.
    private static func row(_ kind: FeedHeader.Kind, _ directory: String, home: String = base, count: Int, updated: String) -> FeedListing {
        let name: String
        switch kind {
        case .all: name = "feedpub"
        case .topic(let term), .provider(let term), .language(let term): name = term + " — feedpub"
        case .custom(let slug): name = slug
        }
        return GoldenListings.listing(kind, directory, title: name, description: "", home: home, json: true,
                                      count: count, updated: Timestamp(iso8601: updated)!, base: base)
    }
}
