public import FeedModel

/// JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/), published beside each feed's RSS and
/// Atom files. What goes into it is decided in `JSONFeedMapping`; how it is spelled in `JSONValue`.
public enum JSONFeedWriter {
    /// The file name inside the feed's folder.
    public static let fileName = "feed.json"

    /// The media type the spec asks publishers to serve JSON Feed with.
    public static let mediaType = "application/feed+json"

    /// The feed as a UTF-8 JSON document (RFC 8259): members in a fixed order, indented by two
    /// spaces, ending in a newline; the same feed always gives the same bytes.
    /// - Parameters:
    ///   - feedURL: where this document is served: its `feed_url`, e.g. `<base>topics/ai/feed.json`.
    ///   - siteTitle: the site's title (`SiteConfiguration.title`), named as the feed's author.
    public static func render(_ feed: Feed, feedURL: String, siteTitle: String) -> [UInt8] {
        render(feed, feedURL: feedURL, siteTitle: siteTitle, renderedItems: feed.entries.map(renderItem))
    }

    /// The same document, its items given already rendered by `renderItem`, in order
    /// (`feed.entries` is not read): an article shown in several feeds is rendered once.
    public static func render(_ feed: Feed, feedURL: String, siteTitle: String, renderedItems: [[UInt8]]) -> [UInt8] {
        JSONFeedMapping(feedURL: feedURL, siteTitle: siteTitle).document(for: feed, printedItems: renderedItems).prettyPrinted
    }

    /// One entry's item as `render` places it in a feed; the same bytes in every feed.
    public static func renderItem(_ entry: FeedEntry) -> [UInt8] {
        JSONFeedMapping.item(for: entry).printed(depth: JSONFeedMapping.itemDepth)
    }
}
