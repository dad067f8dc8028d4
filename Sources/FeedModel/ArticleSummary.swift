/// What deciding which feeds exist needs to know of an article: small enough to keep
/// 100,000 of them in memory and in the cache, where full articles would not fit.
///
/// The fields are kept in one shared box, copied only when a copy is changed: a watch's
/// rebuild copies every summary with its record, and retaining one box cost a tenth of
/// retaining each string and array of the fields.
public struct ArticleSummary: Sendable, Equatable {
    private var box: Box
    /// Where the caller keeps this article's file (an index into its own list); carried
    /// through merging untouched, so the caller finds files again without a lookup by path.
    /// Outside the box: it is set on copies of shared summaries.
    public var sourceIndex: Int

    public var sourcePath: String {
        get { box.fields.sourcePath }
        _modify { yield &unique().fields.sourcePath }
        set { unique().fields.sourcePath = newValue }
    }
    public var url: String {
        get { box.fields.url }
        _modify { yield &unique().fields.url }
        set { unique().fields.url = newValue }
    }
    public var publishedAt: Timestamp {
        get { box.fields.publishedAt }
        _modify { yield &unique().fields.publishedAt }
        set { unique().fields.publishedAt = newValue }
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
    /// The provider's logo (`provider.images`), the provider feed's logo unless one is configured.
    public var providerLogo: Article.Image? {
        get { box.fields.providerLogo }
        _modify { yield &unique().fields.providerLogo }
        set { unique().fields.providerLogo = newValue }
    }
    /// The front matter's `quality` score, for `min_quality` (see `InclusionRules`).
    public var quality: Int? {
        get { box.fields.quality }
        _modify { yield &unique().fields.quality }
        set { unique().fields.quality = newValue }
    }
    /// The front matter's `heat` score, for custom feeds' `min_heat` and `order: heat`.
    public var heat: Int? {
        get { box.fields.heat }
        _modify { yield &unique().fields.heat }
        set { unique().fields.heat = newValue }
    }
    /// Which of the site's keywords (`KeywordList`) occur in the title or excerpt: what custom
    /// feeds' keywords select by, computed once when the file is read instead of keeping the text.
    public var keywords: KeywordBits {
        get { box.fields.keywords }
        _modify { yield &unique().fields.keywords }
        set { unique().fields.keywords = newValue }
    }
    /// The front matter's `published` flag, for `only_published` (see `InclusionRules`).
    public var isPublished: Bool? {
        get { box.fields.isPublished }
        _modify { yield &unique().fields.isPublished }
        set { unique().fields.isPublished = newValue }
    }
    /// The aggregator noise in the title and excerpt (`CleaningRules.findings(of:)`), for counts.
    public var cleaning: CleaningRules.Findings {
        get { box.fields.cleaning }
        _modify { yield &unique().fields.cleaning }
        set { unique().fields.cleaning = newValue }
    }
    /// The article's language as a BCP 47 tag, primary subtag lower case ("hi", "pt-BR"): the
    /// front matter's `language`, else the one identified from its text; nil when unknown.
    public var language: String? {
        get { box.fields.language }
        _modify { yield &unique().fields.language }
        set { unique().fields.language = newValue }
    }
    /// Whether `language` is the front matter's own, which no `feedpub.yml` override replaces.
    public var languageIsDeclared: Bool {
        get { box.fields.languageIsDeclared }
        _modify { yield &unique().fields.languageIsDeclared }
        set { unique().fields.languageIsDeclared = newValue }
    }

    public init(sourcePath: String, url: String, publishedAt: Timestamp, topics: [String],
                providerName: String?, providerDomain: String?, quality: Int? = nil, isPublished: Bool? = nil,
                providerLogo: Article.Image? = nil, sourceIndex: Int = 0) {
        box = Box(Fields(sourcePath: sourcePath, url: url, publishedAt: publishedAt, topics: topics, providerName: providerName,
                         providerDomain: providerDomain, providerLogo: providerLogo, quality: quality, isPublished: isPublished))
        self.sourceIndex = sourceIndex
    }

    public static func == (a: ArticleSummary, b: ArticleSummary) -> Bool {
        a.sourceIndex == b.sourceIndex && (a.box === b.box || a.box.fields == b.box.fields)
    }

    /// The box, made this summary's own first if another shares it.
    private mutating func unique() -> Box {
        if !isKnownUniquelyReferenced(&box) { box = Box(box.fields) }
        return box
    }

    /// The fields, as one value.
    private struct Fields: Sendable, Equatable {
        var sourcePath: String
        var url: String
        var publishedAt: Timestamp
        var topics: [String]
        var providerName: String?
        var providerDomain: String?
        var providerLogo: Article.Image?
        var quality: Int?
        var heat: Int? = nil
        var keywords = KeywordBits()
        var isPublished: Bool?
        var cleaning: CleaningRules.Findings = []
        var language: String? = nil
        var languageIsDeclared = false
    }

    /// Changed only through `unique()`, when no other summary holds it: shared, it is read only.
    private final class Box: @unchecked Sendable {
        var fields: Fields
        init(_ fields: Fields) { self.fields = fields }
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
