/// One format's writer: a feed to the bytes of its document. A format is a `FeedFormat` case
/// and one type conforming to this; the command picks the writer of each format.
public protocol FeedWriter: Sendable {
    /// Each entry as `render` places it in a document: an article shown in several feeds is
    /// so rendered once, its element the same bytes in every feed.
    func renderEntries(_ entries: [FeedEntry]) throws -> [[UInt8]]

    /// The complete UTF-8 document, its entries given already rendered by `renderEntries`, in order.
    func render(_ header: FeedHeader, renderedEntries: [[UInt8]]) throws -> [UInt8]
}

extension FeedWriter {
    /// The complete UTF-8 document of a feed whose entries are at hand.
    public func render(_ feed: Feed) throws -> [UInt8] {
        try render(feed.header, renderedEntries: renderEntries(feed.entries))
    }
}
