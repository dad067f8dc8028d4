// Built with `Sample`, so only in debug builds (see Sample.swift).
#if DEBUG
@testable public import FeedModel

/// The whole feeds the golden files hold, the same for every format, so `richFeed.json` can be
/// read beside `richFeed.atom.xml`.
public enum GoldenFeeds {
    /// A topic feed with a language: one entry using every field (images, related links, body,
    /// non-ASCII text, `&` and `"` in text and URLs), then one with only what every entry has.
    public static let rich = Sample.feed(
        [richEntry, requiredOnlyEntry],
        title: "AI & Robotics — feedpub",
        subtitle: "The newest articles on AI & Robotics, from feedpub",
        directory: "topics/ai-robotics",
        language: "de-CH"
    )

    /// A provider feed without a language holding a single required-only entry.
    public static let minimal = Sample.feed(
        [requiredOnlyEntry],
        title: "blog.example.net — feedpub",
        subtitle: "The newest articles from blog.example.net, via feedpub",
        directory: "providers/blog-example-net",
        homeURL: "https://blog.example.net/"
    )

    /// The feed of everything before any article exists.
    public static let empty = Sample.feed([])

    public static let richEntry = Sample.entry(
        id: "https://news.example.com/2021/07/z%C3%BCrich-caf%C3%A9?ref=rss&lang=de",
        title: "Zürich's café robots serve 東京-style ramen — AT&T invests",
        summary: "Robots now pour coffee in Zürich. \"Fast\" & <cheap>, say the owners.",
        contentHTML: """
            <p>Robots <em>now</em> pour coffee in Zürich &amp; Basel.</p>
            <p><img src="https://img.example.com/robot.jpg" alt="A robot barista" /></p>
            <ul>
            <li>Fast</li>
            <li>Cheap</li>
            </ul>
            """,
        published: Timestamp(iso8601: "2021-07-01T12:07:00Z")!,
        updated: Timestamp(iso8601: "2021-07-02T08:00:05Z")!,
        author: .init(name: "Neue Zürcher Zeitung", uri: "https://www.nzz.ch/"),
        categories: [Sample.topic("AI"), Sample.topic("Robotics"), Sample.category("Tech & Science")],
        images: [
            .init(url: "https://img.example.com/robot.jpg?w=1200&h=630", width: 1200, height: 630, mimeType: "image/jpeg"),
            .init(url: "https://img.example.com/cup.png", width: nil, height: nil, mimeType: "image/png"),
            .init(url: "https://img.example.com/raw", width: 640, height: nil, mimeType: nil),
        ],
        related: [
            .init(url: "https://news.example.com/2021/06/basel-robots", title: "Earlier: robots in Basel — «a first»"),
            .init(url: "https://news.example.com/2021/05/ramen", title: nil),
        ],
        leadIndex: 0,
        source: Sample.source
    )

    /// No excerpt and no body: the summary is the title, as `EntryMapping` makes it.
    public static let requiredOnlyEntry = Sample.entry(
        id: "https://blog.example.net/post",
        title: "Plain post",
        summary: "Plain post",
        published: Timestamp(iso8601: "2021-06-30T23:59:59Z")!,
        author: .init(name: "blog.example.net", uri: nil)
    )
}
#endif
