public import FeedModel

/// JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/), published beside each feed's RSS and
/// Atom files. What goes into it is decided in `JSONFeedMapping`; how it is spelled in `JSONValue`.
/// Documents are UTF-8 JSON (RFC 8259): members in a fixed order, indented by two spaces,
/// ending in a newline; the same feed always gives the same bytes.
public struct JSONFeedWriter: FeedWriter {
    /// The site's title (`SiteConfiguration.title`), named as every feed's author.
    let siteTitle: String

    public init(siteTitle: String) {
        self.siteTitle = siteTitle
    }

    /// Each entry's item, printed where `render` places it.
    public func renderEntries(_ entries: [FeedEntry]) -> [[UInt8]] {
        entries.map { JSONFeedMapping.item(for: $0).printed(depth: JSONFeedMapping.itemDepth) }
    }

    /// The document, its items given already rendered by `renderEntries`, in order.
    public func render(_ header: FeedHeader, renderedEntries: [[UInt8]]) -> [UInt8] {
        // The items, and room for the feed's own members and each item's separator.
        let capacity = renderedEntries.reduce(4096) { $0 + $1.count + 8 }
        return JSONFeedMapping(siteTitle: siteTitle).document(for: header, printedItems: renderedEntries).prettyPrinted(capacity: capacity)
    }
}
