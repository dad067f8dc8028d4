/// A feed before its entries are loaded: everything but the articles' full text.
public struct FeedPlan: Sendable, Equatable {
    public var kind: Feed.Kind
    public var title: String
    public var subtitle: String
    public var directory: String
    public var rssURL: String
    public var atomURL: String
    public var homeURL: String
    public var language: String?
    public var updated: Timestamp
    public var generator: Feed.Generator
    public var hubURL: String?
    public var archive: Feed.Archive?
    /// Indices into `FeedCatalog.articles`, newest first.
    public var entryIndices: [Int]

    /// The feed, given the entries for `entryIndices`, in the same order.
    public func feed(entries: [FeedEntry]) -> Feed {
        Feed(kind: kind, title: title, subtitle: subtitle, directory: directory, rssURL: rssURL, atomURL: atomURL,
             homeURL: homeURL, language: language, updated: updated, generator: generator, hubURL: hubURL, archive: archive, entries: entries)
    }

    /// Everything about the feed except its entries, in one string: two runs whose plans give
    /// the same text and the same entry files render the same bytes.
    public var fingerprint: String {
        [String(describing: kind), title, subtitle, directory, rssURL, atomURL, homeURL, language ?? "",
         String(updated.secondsSinceEpoch), generator.name, generator.version, hubURL ?? "",
         archive.map { "\($0.isPage) \($0.current ?? "") \($0.previous ?? "") \($0.next ?? "")" } ?? ""].joined(separator: "\u{1F}")
    }
}
