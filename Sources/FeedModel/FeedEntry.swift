/// One entry of a feed, in terms common to RSS and Atom. Built only by `EntryMapping`.
public struct FeedEntry: Sendable, Equatable {
    /// The canonical article URL: Atom `<id>`, RSS `<guid isPermaLink="true">`.
    public var id: String
    public var link: String
    /// Plain text.
    public var title: String
    /// Plain text (the excerpt).
    public var summary: String?
    /// HTML rendered from the Markdown body; nil when the body is empty.
    public var contentHTML: String?
    public var published: Timestamp
    public var updated: Timestamp
    public var author: Author
    public var categories: [Category]
    /// Every image, in the article's order.
    public var images: [Image]
    public var related: [RelatedLink]
    /// The position in `images` of the lead image (RSS `<enclosure>`, `media:thumbnail`, Atom
    /// `rel="enclosure"`, JSON Feed `image`), when there are images.
    public var leadIndex: Int? = nil
    /// The `<img>` of the lead image that begins the HTML summary and content, when shown.
    public var leadHTML: String? = nil
    /// The provider's feed (RSS and Atom `<source>`), when the entry has a provider.
    public var source: Source? = nil
    /// The article's language, a BCP 47 tag (Atom `xml:lang`, RSS `dc:language`, JSON Feed
    /// `language`), when known.
    public var language: String? = nil

    /// The lead image, when there is one.
    public var lead: Image? { leadIndex.map { images[$0] } }

    /// The summary as HTML (RSS `<description>`, Atom `<summary type="html">`): the lead's
    /// `<img>`, when shown, then the plain text escaped.
    public var summaryHTML: String? { summary.map { (leadHTML ?? "") + $0.htmlEscapedText } }

    public struct Author: Sendable, Equatable {
        public var name: String
        /// `https://<provider domain>/`, when the domain is known.
        public var uri: String?
    }

    /// A topic, or the article's own `category`.
    public struct Category: Sendable, Equatable {
        public var term: String
        /// Absolute URL naming the vocabulary (Atom `scheme`, RSS `domain`).
        public var scheme: String
    }

    public struct Image: Sendable, Equatable {
        public var url: String
        public var width: Int?
        public var height: Int?
        /// From the URL path's extension (`.jpg` → `image/jpeg`); nil when unknown.
        public var mimeType: String?

        /// The type an enclosure must declare (RSS requires one): `mimeType`, else
        /// `image/jpeg`, the commonest type of extensionless image URLs; readers only look at
        /// the `image/` prefix and browsers sniff the bytes.
        public var enclosureType: String { mimeType ?? "image/jpeg" }

        /// Wider than tall, by declared size: JSON Feed's `banner_image`.
        public var isLandscape: Bool {
            guard let width, let height else { return false }
            return width > height
        }
    }

    public struct RelatedLink: Sendable, Equatable {
        public var url: String
        public var title: String?
    }
}
