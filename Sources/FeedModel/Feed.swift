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
    /// Newest first, ties broken by id.
    public var entries: [FeedEntry]

    /// The Atom feed id: its own URL, stable as long as the base URL is.
    public var id: String { atomURL }

    public struct Generator: Sendable, Equatable {
        public var name: String
        public var version: String
    }
}
