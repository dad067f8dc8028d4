public import FeedModel
internal import CLibXML2

/// The formats a feed is written in, with their file names and media types.
public enum FeedFormat: String, CaseIterable, Sendable {
    case rss
    case atom

    /// The file name inside the feed's folder.
    public var fileName: String { self == .rss ? "rss.xml" : "atom.xml" }

    public var mediaType: String { self == .rss ? "application/rss+xml" : "application/atom+xml" }

    /// Sets libxml2 up; call once, on the main thread, before rendering on several threads
    /// (libxml2's global state is initialised lazily and not thread-safely otherwise).
    public static func prepareForConcurrentRendering() {
        xmlInitParser()
    }

    /// The feed as a complete UTF-8 XML document.
    public func render(_ feed: Feed) throws -> [UInt8] {
        try render(feed, renderedEntries: renderEntries(feed.entries))
    }

    /// The feed as a complete UTF-8 XML document, its entries given already rendered by
    /// `renderEntries`, in order (`feed.entries` is not read). An article shown in several
    /// feeds is so rendered once: its element is the same bytes in every feed.
    public func render(_ feed: Feed, renderedEntries: [[UInt8]]) throws -> [UInt8] {
        switch self {
        case .rss: return try RSSWriter().write(feed, items: renderedEntries)
        case .atom: return try AtomWriter().write(feed, entries: renderedEntries)
        }
    }

    /// Each entry's element (`<item>`, `<entry>`) as `render` places it in a feed.
    public func renderEntries(_ entries: [FeedEntry]) throws -> [[UInt8]] {
        switch self {
        case .rss: return try RSSWriter().items(entries)
        case .atom: return try AtomWriter().entries(entries)
        }
    }
}
