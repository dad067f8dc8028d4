/// One feed, ready to be written in any format. Built only by `FeedCatalog`.
public struct Feed: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case all
        case topic(String)
        case provider(String)
    }

    public var kind: Kind
    public var title: String
    /// Plain text: RSS `<description>`, Atom `<subtitle>`.
    public var subtitle: String
    /// The folder of this feed's files inside the output folder: "", "topics/ai", "providers/bbc".
    public var directory: String
    /// Where the feed's RSS and Atom files are served: the `rel="self"` links.
    public var rssURL: String
    public var atomURL: String
    /// The web page the feed is about: RSS `<link>`, Atom `rel="alternate"`.
    public var homeURL: String
    /// BCP 47 language tag, when configured.
    public var language: String?
    /// The newest entry's `updated`, never the clock; the epoch for a feed with no entries.
    public var updated: Timestamp
    public var generator: Generator
    /// The WebSub hub subscribers may use for pushed updates (`rel="hub"`), when configured.
    public var hubURL: String?
    /// Where this document stands in the feed's RFC 5005 archive, when archives are kept.
    public var archive: Archive?
    /// Newest first, ties broken by id.
    public var entries: [FeedEntry]

    /// The Atom feed id: the subscription document's URL, stable as long as the base URL is;
    /// archive pages carry it too, being parts of the same feed.
    public var id: String { archive.flatMap(\.current).map { $0 + "atom.xml" } ?? atomURL }

    /// An RFC 5005 archived feed: the subscription document links `prev-archive` to the newest
    /// archive page, each page to the one before it (and after it, once that exists), and
    /// every page back to the subscription document (`current`).
    ///
    /// Links are folder URLs ending in `/`: each format appends its own file name, so an RSS
    /// document links RSS documents and an Atom document Atom ones.
    public struct Archive: Sendable, Equatable {
        /// An archive page (`fh:archive`), not the subscription document.
        public var isPage: Bool
        /// The subscription document's folder (pages only): `rel="current"`.
        public var current: String?
        /// The next older page's folder: `rel="prev-archive"`.
        public var previous: String?
        /// The next newer page's folder: `rel="next-archive"`.
        public var next: String?

        public init(isPage: Bool, current: String? = nil, previous: String? = nil, next: String? = nil) {
            self.isPage = isPage
            self.current = current
            self.previous = previous
            self.next = next
        }
    }

    public struct Generator: Sendable, Equatable {
        public var name: String
        public var version: String
    }
}
