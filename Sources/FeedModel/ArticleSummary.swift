/// What deciding which feeds exist needs to know of an article: small enough to keep
/// 100,000 of them in memory and in the cache, where full articles would not fit.
///
/// The fields are shared by copies until one is changed (`SharedFields`): a watch's rebuild
/// copies every summary with its record.
public struct ArticleSummary: Sendable, Equatable {
    private var shared: SharedFields<Fields>
    /// Where the caller keeps this article's file (an index into its own list); carried
    /// through merging untouched, so the caller finds files again without a lookup by path.
    /// Kept apart from the shared fields: it is set on copies of shared summaries.
    public var sourceIndex: Int

    public var sourcePath: String {
        get { shared.fields.sourcePath }
        _modify { yield &shared.fields.sourcePath }
    }
    public var url: String {
        get { shared.fields.url }
        _modify { yield &shared.fields.url }
    }
    public var publishedAt: Timestamp {
        get { shared.fields.publishedAt }
        _modify { yield &shared.fields.publishedAt }
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
    /// The provider's logo (`provider.images`), the provider feed's logo unless one is configured.
    public var providerLogo: Article.Image? {
        get { shared.fields.providerLogo }
        _modify { yield &shared.fields.providerLogo }
    }
    /// The front matter's `quality` score, for `min_quality` (see `InclusionRules`).
    public var quality: Int? {
        get { shared.fields.quality }
        _modify { yield &shared.fields.quality }
    }
    /// The front matter's `heat` score, for custom feeds' `min_heat` and `order: heat`.
    public var heat: Int? {
        get { shared.fields.heat }
        _modify { yield &shared.fields.heat }
    }
    /// Which of the site's keywords (`KeywordList`) occur in the title or excerpt: what custom
    /// feeds' keywords select by, computed once when the file is read instead of keeping the text.
    public var keywords: KeywordBits {
        get { shared.fields.keywords }
        _modify { yield &shared.fields.keywords }
    }
    /// The front matter's `published` flag, for `only_published` (see `InclusionRules`).
    public var isPublished: Bool? {
        get { shared.fields.isPublished }
        _modify { yield &shared.fields.isPublished }
    }
    /// The aggregator noise in the title and excerpt (`CleaningRules.findings(of:)`), for counts.
    public var cleaning: CleaningRules.Findings {
        get { shared.fields.cleaning }
        _modify { yield &shared.fields.cleaning }
    }
    /// The article's language as a BCP 47 tag, primary subtag lower case ("hi", "pt-BR"): the
    /// front matter's `language`, else the one identified from its text; nil when unknown.
    public var language: String? {
        get { shared.fields.language }
        _modify { yield &shared.fields.language }
    }
    /// Whether `language` is the front matter's own, which no `feedpub.yml` override replaces.
    public var languageIsDeclared: Bool {
        get { shared.fields.languageIsDeclared }
        _modify { yield &shared.fields.languageIsDeclared }
    }

    public init(sourcePath: String, url: String, publishedAt: Timestamp, topics: [String],
                providerName: String?, providerDomain: String?, quality: Int? = nil, isPublished: Bool? = nil,
                providerLogo: Article.Image? = nil, sourceIndex: Int = 0) {
        shared = SharedFields(Fields(sourcePath: sourcePath, url: url, publishedAt: publishedAt, topics: topics, providerName: providerName,
                                    providerDomain: providerDomain, providerLogo: providerLogo, isPublished: isPublished, quality: quality))
        self.sourceIndex = sourceIndex
    }

    /// The bytes of the fields each summary's box holds (a test keeps the order below honest).
    static let fieldsByteCount = MemoryLayout<Fields>.size

    /// In this order for memory: Swift lays fields out as declared, and the one-byte fields
    /// after the logo fill the 7 bytes of padding it ends with. 184 bytes where the order of
    /// the accessors took 193, so a box is a 208-byte allocation instead of a 224-byte one
    /// (16 MB at a million summaries).
    private struct Fields: Sendable, Equatable {
        var sourcePath: String
        var url: String
        var publishedAt: Timestamp
        var topics: [String]
        var providerName: String?
        var providerDomain: String?
        var providerLogo: Article.Image?
        var isPublished: Bool?
        var cleaning: CleaningRules.Findings = []
        var languageIsDeclared = false
        var quality: Int?
        var heat: Int? = nil
        var keywords = KeywordBits()
        var language: String? = nil
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
