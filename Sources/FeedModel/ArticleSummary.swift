/// What deciding which feeds exist needs to know of an article: small enough to keep
/// 100,000 of them in memory and in the cache, where full articles would not fit.
public struct ArticleSummary: Sendable, Equatable {
    public var sourcePath: String
    public var url: String
    public var publishedAt: Timestamp
    public var topics: [String]
    public var providerName: String?
    public var providerDomain: String?

    public init(sourcePath: String, url: String, publishedAt: Timestamp, topics: [String],
                providerName: String?, providerDomain: String?) {
        self.sourcePath = sourcePath
        self.url = url
        self.publishedAt = publishedAt
        self.topics = topics
        self.providerName = providerName
        self.providerDomain = providerDomain
    }
}

extension Article {
    public var summary: ArticleSummary {
        ArticleSummary(sourcePath: sourcePath, url: url, publishedAt: publishedAt, topics: topics,
                       providerName: provider?.name, providerDomain: provider?.domain)
    }
}
