extension FeedCatalog {
    /// One entry-to-be: the articles sharing a URL, merged.
    ///
    /// The rule: the newest version wins (latest `publishedDateTime`; on a tie, the first file
    /// in path order) and gives every field; `published` becomes the earliest date and `updated`
    /// the latest; topics are the union, the winner's first, then the others' in path order.
    public struct MergedArticle: Sendable, Equatable {
        /// The fields, shared by copies until one is changed (`SharedFields`): a catalog kept by
        /// a watch is copied whole on every rebuild.
        private var shared: SharedFields<Fields>
        /// Their `ArticleSummary.sourceIndex`, in the order of `sourcePaths`. Kept apart:
        /// a watch renumbers them in copies that share the fields with the last catalog.
        public var sourceIndices: [Int]

        public var url: String {
            get { shared.fields.url }
            _modify { yield &shared.fields.url }
        }
        /// The file whose fields the entry shows.
        public var winnerPath: String {
            get { shared.fields.winnerPath }
            _modify { yield &shared.fields.winnerPath }
        }
        /// Every file with this URL, the winner included, in path order.
        public var sourcePaths: [String] {
            get { shared.fields.sourcePaths }
            _modify { yield &shared.fields.sourcePaths }
        }
        public var publishedAt: Timestamp {
            get { shared.fields.publishedAt }
            _modify { yield &shared.fields.publishedAt }
        }
        public var updatedAt: Timestamp {
            get { shared.fields.updatedAt }
            _modify { yield &shared.fields.updatedAt }
        }
        public var topics: [String] {
            get { shared.fields.topics }
            _modify { yield &shared.fields.topics }
        }
        public var providerName: String? {
            get { shared.fields.providerName }
            _modify { yield &shared.fields.providerName }
        }
        public var providerDomain: String? {
            get { shared.fields.providerDomain }
            _modify { yield &shared.fields.providerDomain }
        }
        /// The winner's provider logo (`provider.images`).
        public var providerLogo: Article.Image? {
            get { shared.fields.providerLogo }
            _modify { yield &shared.fields.providerLogo }
        }
        /// The winner's `quality`, `heat`, language and keywords (`ArticleSummary.keywords`): what custom feeds select by.
        public var quality: Int? {
            get { shared.fields.quality }
            _modify { yield &shared.fields.quality }
        }
        public var heat: Int? {
            get { shared.fields.heat }
            _modify { yield &shared.fields.heat }
        }
        /// The language as a BCP 47 tag (`ArticleSummary.language`), after `feedpub.yml`'s
        /// provider and topic overrides; nil when unknown.
        public var language: String? {
            get { shared.fields.language }
            _modify { yield &shared.fields.language }
        }
        public var keywords: KeywordBits {
            get { shared.fields.keywords }
            _modify { yield &shared.fields.keywords }
        }

        public init(url: String, winnerPath: String, sourcePaths: [String], sourceIndices: [Int], publishedAt: Timestamp,
                    updatedAt: Timestamp, topics: [String], providerName: String?, providerDomain: String?,
                    providerLogo: Article.Image? = nil, quality: Int? = nil, heat: Int? = nil, language: String? = nil,
                    keywords: KeywordBits = KeywordBits()) {
            shared = SharedFields(Fields(url: url, winnerPath: winnerPath, sourcePaths: sourcePaths, publishedAt: publishedAt, updatedAt: updatedAt,
                                        topics: topics, providerName: providerName, providerDomain: providerDomain, providerLogo: providerLogo,
                                        quality: quality, heat: heat, language: language, keywords: keywords))
            self.sourceIndices = sourceIndices
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
