extension FeedCatalog {
    /// One entry-to-be: the articles sharing a URL, merged.
    ///
    /// The rule: the newest version wins (latest `publishedDateTime`; on a tie, the first file
    /// in path order) and gives every field; `published` becomes the earliest date and `updated`
    /// the latest; topics are the union, the winner's first, then the others' in path order.
    public struct MergedArticle: Sendable, Equatable {
        /// The fields, in one box shared by copies until one is changed: a catalog kept by a
        /// watch is copied whole on every rebuild, one retain per article instead of ten.
        private var box: Box
        /// Their `ArticleSummary.sourceIndex`, in the order of `sourcePaths`. Outside the box:
        /// a watch renumbers them in copies shared with the last catalog.
        public var sourceIndices: [Int]

        public var url: String {
            get { box.fields.url }
            _modify { yield &unique().fields.url }
            set { unique().fields.url = newValue }
        }
        /// The file whose fields the entry shows.
        public var winnerPath: String {
            get { box.fields.winnerPath }
            _modify { yield &unique().fields.winnerPath }
            set { unique().fields.winnerPath = newValue }
        }
        /// Every file with this URL, the winner included, in path order.
        public var sourcePaths: [String] {
            get { box.fields.sourcePaths }
            _modify { yield &unique().fields.sourcePaths }
            set { unique().fields.sourcePaths = newValue }
        }
        public var publishedAt: Timestamp {
            get { box.fields.publishedAt }
            _modify { yield &unique().fields.publishedAt }
            set { unique().fields.publishedAt = newValue }
        }
        public var updatedAt: Timestamp {
            get { box.fields.updatedAt }
            _modify { yield &unique().fields.updatedAt }
            set { unique().fields.updatedAt = newValue }
        }
        public var topics: [String] {
            get { box.fields.topics }
            _modify { yield &unique().fields.topics }
            set { unique().fields.topics = newValue }
        }
        public var providerName: String? {
            get { box.fields.providerName }
            _modify { yield &unique().fields.providerName }
            set { unique().fields.providerName = newValue }
        }
        public var providerDomain: String? {
            get { box.fields.providerDomain }
            _modify { yield &unique().fields.providerDomain }
            set { unique().fields.providerDomain = newValue }
        }
        /// The winner's provider logo (`provider.images`).
        public var providerLogo: Article.Image? {
            get { box.fields.providerLogo }
            _modify { yield &unique().fields.providerLogo }
            set { unique().fields.providerLogo = newValue }
        }
        /// The winner's `quality`, `heat`, language and keywords (`ArticleSummary.keywords`): what custom feeds select by.
        public var quality: Int? {
            get { box.fields.quality }
            _modify { yield &unique().fields.quality }
            set { unique().fields.quality = newValue }
        }
        public var heat: Int? {
            get { box.fields.heat }
            _modify { yield &unique().fields.heat }
            set { unique().fields.heat = newValue }
        }
        /// The language as a BCP 47 tag (`ArticleSummary.language`), after `feedpub.yml`'s
        /// provider and topic overrides; nil when unknown.
        public var language: String? {
            get { box.fields.language }
            _modify { yield &unique().fields.language }
            set { unique().fields.language = newValue }
        }
        public var keywords: KeywordBits {
            get { box.fields.keywords }
            _modify { yield &unique().fields.keywords }
            set { unique().fields.keywords = newValue }
        }

        public init(url: String, winnerPath: String, sourcePaths: [String], sourceIndices: [Int], publishedAt: Timestamp,
                    updatedAt: Timestamp, topics: [String], providerName: String?, providerDomain: String?,
                    providerLogo: Article.Image? = nil, quality: Int? = nil, heat: Int? = nil, language: String? = nil,
                    keywords: KeywordBits = KeywordBits()) {
            box = Box(Fields(url: url, winnerPath: winnerPath, sourcePaths: sourcePaths, publishedAt: publishedAt, updatedAt: updatedAt,
                             topics: topics, providerName: providerName, providerDomain: providerDomain, providerLogo: providerLogo,
                             quality: quality, heat: heat, language: language, keywords: keywords))
            self.sourceIndices = sourceIndices
        }

        public static func == (a: MergedArticle, b: MergedArticle) -> Bool {
            a.sourceIndices == b.sourceIndices && (a.box === b.box || a.box.fields == b.box.fields)
        }

        /// The box, made this article's own first if another shares it.
        private mutating func unique() -> Box {
            if !isKnownUniquelyReferenced(&box) { box = Box(box.fields) }
            return box
        }

        private struct Fields: Sendable, Equatable {
            var url: String
            var winnerPath: String
            var sourcePaths: [String]
            var publishedAt: Timestamp
            var updatedAt: Timestamp
            var topics: [String]
            var providerName: String?
            var providerDomain: String?
            var providerLogo: Article.Image?
            var quality: Int?
            var heat: Int?
            var language: String?
            var keywords: KeywordBits
        }

        /// Changed only through `unique()`, when no other article holds it: shared, it is read only.
        private final class Box: @unchecked Sendable {
            var fields: Fields
            init(_ fields: Fields) { self.fields = fields }
        }

        /// The winner's full article with the merged dates and topics.
        public func applied(to winner: Article) -> Article {
            var article = winner
            article.publishedAt = publishedAt
            article.updatedAt = updatedAt
            article.topics = topics
            article.language = language
            return article
        }
    }
}
