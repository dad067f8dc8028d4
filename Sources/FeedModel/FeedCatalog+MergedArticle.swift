extension FeedCatalog {
    /// One entry-to-be: the articles sharing a URL, merged.
    ///
    /// The rule: the newest version wins (latest `publishedDateTime`; on a tie, the first file
    /// in path order) and gives every field; `published` becomes the earliest date and `updated`
    /// the latest; topics are the union, the winner's first, then the others' in path order.
    public struct MergedArticle: Sendable, Equatable {
        public var url: String
        /// The file whose fields the entry shows.
        public var winnerPath: String
        /// Every file with this URL, the winner included, in path order.
        public var sourcePaths: [String]
        /// Their `ArticleSummary.sourceIndex`, in the same order.
        public var sourceIndices: [Int]
        public var publishedAt: Timestamp
        public var updatedAt: Timestamp
        public var topics: [String]
        public var providerName: String?
        public var providerDomain: String?
        /// The winner's provider logo (`provider.images`).
        public var providerLogo: Article.Image? = nil
        /// The winner's `quality`, `heat`, language and keywords (`ArticleSummary.keywords`): what custom feeds select by.
        public var quality: Int? = nil
        public var heat: Int? = nil
        /// The language as a BCP 47 tag (`ArticleSummary.language`), after `feedpub.yml`'s
        /// provider and topic overrides; nil when unknown.
        public var language: String? = nil
        public var keywords = KeywordBits()

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
