/// A news article as read from one input file: only the allowlisted fields, already checked.
///
/// Nothing here is the wire format: YAML keys live in `ArticleDecoder`. Fields the feeds never
/// show (such as `secured`) are never read into this type.
public struct Article: Sendable, Equatable {
    /// The input file, relative to the input folder, for messages and deterministic ties.
    public var sourcePath: String
    public var title: String
    public var excerpt: String?
    public var publishedAt: Timestamp
    /// Equals `publishedAt` until several files with the same URL are merged.
    public var updatedAt: Timestamp
    /// The canonical URL: `webUrl`, else `originalUrl`. The entry id in every feed.
    public var url: String
    public var category: String?
    public var type: String?
    public var quality: Int?
    public var heat: Int?
    public var isPublished: Bool?
    public var provider: Provider?
    /// Topic names as written (trimmed, spaces collapsed, NFC), each topic once.
    public var topics: [String]
    public var images: [Image]
    public var related: [Related]
    /// The Markdown body after the front matter, trimmed; empty when there is none.
    public var body: String
    /// The front matter's `language` (BCP 47, in its conventional case) until the catalog gives
    /// the article's language, declared, overridden or identified (`FeedCatalog.MergedArticle`).
    public var language: String? = nil
}

extension Article {
    /// Who published an article; it becomes the entry's author.
    public struct Provider: Sendable, Equatable {
        public var name: String
        /// A bare host name such as `datacenterdynamics.com`, when known.
        public var domain: String?
        /// The first usable image of the front matter's `provider.images`: the provider's logo.
        public var logo: Image? = nil
    }

    /// An image of the article; every one becomes an entry image, typed by its URL's extension.
    public struct Image: Sendable, Equatable {
        public var url: String
        public var width: Int?
        public var height: Int?

        /// An image at `url`, its size when declared.
        public init(url: String, width: Int? = nil, height: Int? = nil) {
            self.url = url
            self.width = width
            self.height = height
        }
    }

    /// Another article the source links to; becomes a `related` link.
    public struct Related: Sendable, Equatable {
        public var url: String
        public var title: String?
    }
}
