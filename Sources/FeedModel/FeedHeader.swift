/// Everything about one feed document but its entries: what the plan, the feed and the listing
/// share. Built only by `FeedCatalog`.
public struct FeedHeader: Sendable, Equatable {
    /// Which articles the feed holds: all of them, one topic's, one provider's or one language's.
    public enum Kind: Sendable, Equatable {
        case all
        case topic(String)
        case provider(String)
        /// A custom feed (`feeds:` in feedpub.yml), by its slug.
        case custom(String)
        /// The articles in one language, by its BCP 47 tag ("hi", "pt-BR").
        case language(String)
    }

    public var kind: Kind
    public var title: String
    /// Plain text: RSS `<description>`, Atom `<subtitle>`.
    public var subtitle: String
    /// The folder of this feed's files inside the output folder: "", "topics/ai", "providers/bbc".
    public var directory: String
    /// Where the output folder is served, ending in `/`: every file URL starts with it.
    public var baseURL: String
    /// The web page the feed is about: RSS `<link>`, Atom `rel="alternate"`.
    public var homeURL: String
    /// BCP 47 language tag: the configured one, else the language of at least 80 % of the
    /// document's entries; nil when neither gives one.
    public var language: String?
    /// The newest entry's `updated`, never the clock; the epoch for a feed with no entries.
    public var updated: Timestamp
    public var generator: Generator
    /// The WebSub hub subscribers may use for pushed updates (`rel="hub"`), when configured.
    public var hubURL: String?
    /// Where this document stands in the feed's RFC 5005 archive, when archives are kept.
    public var archive: Archive?
    /// How often readers should poll it (RSS `<ttl>`, `sy:`): subscription documents only, as
    /// archive pages would otherwise change with every new entry.
    public var refresh: RefreshHint? = nil
    /// A small square image of the feed (Atom `<icon>`, JSON Feed `favicon`), when known.
    public var icon: String? = nil
    /// The feed's logo (RSS `<image>`, Atom `<logo>`, JSON Feed `icon`), when known.
    public var logo: Article.Image? = nil
    /// The partner whose feed requirements this feed is checked against after rendering, when configured.
    public var profile: PartnerProfileName? = nil

    /// Where this feed's document in `format` is served (its `rel="self"` link), or with
    /// `folder` (an archive page's, or the subscription document's) that folder's document.
    public func url(of format: FeedFormat, in folder: String? = nil) -> String {
        baseURL + path(of: format, in: folder)
    }

    /// The file of this feed's document in `format` inside the output folder, or the one in `folder`.
    public func path(of format: FeedFormat, in folder: String? = nil) -> String {
        Self.prefix(folder ?? directory) + format.fileName
    }

    /// The Atom feed id: the subscription document's URL, stable as long as the base URL is;
    /// archive pages carry it too, being parts of the same feed.
    public var id: String { url(of: .atom, in: archive?.current) }

    /// A folder as served, ending in `/`: what a plan's fingerprint has always said of archive links.
    func folderURL(_ folder: String) -> String { baseURL + Self.prefix(folder) }

    private static func prefix(_ folder: String) -> String { folder.isEmpty ? "" : folder + "/" }

    /// An RFC 5005 archived feed: the subscription document links `prev-archive` to the newest
    /// archive page, each page to the one before it (and after it, once that exists), and
    /// every page back to the subscription document (`current`).
    ///
    /// Links are folders inside the output folder: each format links its own file in them
    /// (`url(of:in:)`), so an RSS document links RSS documents and an Atom document Atom ones.
    public struct Archive: Sendable, Equatable {
        /// An archive page (`fh:archive`), not the subscription document.
        public var isPage: Bool
        /// The subscription document's folder (pages only): `rel="current"`.
        public var current: String?
        /// The next older page's folder: `rel="prev-archive"`.
        public var previous: String?
        /// The next newer page's folder: `rel="next-archive"`.
        public var next: String?
    }

    /// The software named in every feed (RSS and Atom `generator`).
    public struct Generator: Sendable, Equatable {
        public var name: String
        public var version: String
    }
}
