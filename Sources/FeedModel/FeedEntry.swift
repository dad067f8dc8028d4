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
    public var images: [Image]
    public var related: [RelatedLink]

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
    }

    public struct RelatedLink: Sendable, Equatable {
        public var url: String
        public var title: String?
    }
}
