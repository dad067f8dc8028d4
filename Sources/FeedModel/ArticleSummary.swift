/// What deciding which feeds exist needs to know of an article: small enough to keep
/// 100,000 of them in memory and in the cache, where full articles would not fit.
public struct ArticleSummary: Sendable, Equatable {
    public var sourcePath: String
    public var url: String
    public var publishedAt: Timestamp
    public var topics: [String]
    public var providerName: String?
    public var providerDomain: String?
    /// The provider's logo (`provider.images`), the provider feed's logo unless one is configured.
    public var providerLogo: Article.Image?
    /// The front matter's `quality` score, for `min_quality` (see `InclusionRules`).
    public var quality: Int?
    /// The front matter's `heat` score, for custom feeds' `min_heat` and `order: heat`.
    public var heat: Int? = nil
    /// Which of the site's keywords (`KeywordList`) occur in the title or excerpt: what custom
    /// feeds' keywords select by, computed once when the file is read instead of keeping the text.
    public var keywords = KeywordBits()
    /// The front matter's `published` flag, for `only_published` (see `InclusionRules`).
    public var isPublished: Bool?
    /// The aggregator noise in the title and excerpt (`CleaningRules.findings(of:)`), for counts.
    public var cleaning: CleaningRules.Findings = []
    /// The article's language as a BCP 47 tag, primary subtag lower case ("hi", "pt-BR"): the
    /// front matter's `language`, else the one identified from its text; nil when unknown.
    public var language: String? = nil
    /// Whether `language` is the front matter's own, which no `feedpub.yml` override replaces.
    public var languageIsDeclared = false
    /// Where the caller keeps this article's file (an index into its own list); carried
    /// through merging untouched, so the caller finds files again without a lookup by path.
    public var sourceIndex: Int

    public init(sourcePath: String, url: String, publishedAt: Timestamp, topics: [String],
                providerName: String?, providerDomain: String?, quality: Int? = nil, isPublished: Bool? = nil,
                providerLogo: Article.Image? = nil, sourceIndex: Int = 0) {
        self.providerLogo = providerLogo
        self.sourceIndex = sourceIndex
        self.sourcePath = sourcePath
        self.url = url
        self.publishedAt = publishedAt
        self.topics = topics
        self.providerName = providerName
        self.providerDomain = providerDomain
        self.quality = quality
        self.isPublished = isPublished
    }
}

extension Article {
    /// What pass 1 keeps of the article, for a site without keywords.
    public var summary: ArticleSummary { summary(matching: KeywordList()) }

    /// What pass 1 keeps of the article, with which of `keywords` occur in it.
    public func summary(matching keywords: KeywordList) -> ArticleSummary {
        var summary = ArticleSummary(sourcePath: sourcePath, url: url, publishedAt: publishedAt, topics: topics,
                                     providerName: provider?.name, providerDomain: provider?.domain,
                                     quality: quality, isPublished: isPublished, providerLogo: provider?.logo)
        summary.cleaning = CleaningRules.findings(of: self)
        summary.heat = heat
        summary.keywords = keywords.matches(title: title, excerpt: excerpt)
        summary.language = language
        summary.languageIsDeclared = language != nil
        return summary
    }
}
