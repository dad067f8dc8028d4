import Testing
@testable import FeedModel

/// A single file's `MergedArticle` holds its `ArticleSummary` instead of fields of its own
/// (issue 16): read, changed, renumbered or compared, it must be the article that fields of its
/// own, made the way `ArticleMerger` made them before, would be.
@Suite struct MergedArticleSingleTests {
    private static let published = Timestamp(secondsSinceEpoch: 1_700_000_000)
    private static let logo = Article.Image(url: "https://reuters.example.com/logo.png")

    /// A summary whose fields all differ from each other and from their defaults, so that a
    /// field read from the wrong place (`heat` for `quality`, no `keywords`) shows.
    private static let summary: ArticleSummary = {
        var summary = ArticleSummary(sourcePath: "2024/one.md", url: "https://news.example.com/one", publishedAt: published,
                                     topics: ["AI", "Cloud"], providerName: "Reuters", providerDomain: "reuters.example.com",
                                     quality: 7, isPublished: true, providerLogo: logo, sourceIndex: 41)
        summary.heat = 93
        summary.language = "pt-BR"
        summary.keywords = KeywordBits(words: [0b1010])
        return summary
    }()

    /// The article of `summary`, written out field by field: one file is the winner and the
    /// only source, both dates are its `published`.
    private static func expected(language: String? = "pt-BR", sourceIndex: Int = 41) -> FeedCatalog.MergedArticle {
        FeedCatalog.MergedArticle(url: "https://news.example.com/one", winnerPath: "2024/one.md", sourcePaths: ["2024/one.md"],
                                  sourceIndices: [sourceIndex], publishedAt: published, updatedAt: published, topics: ["AI", "Cloud"],
                                  providerName: "Reuters", providerDomain: "reuters.example.com", providerLogo: logo,
                                  quality: 7, heat: 93, language: language, keywords: KeywordBits(words: [0b1010]))
    }

    /// Every field `article` shows, through each accessor, is `expected`'s.
    private static func expectSame(_ article: FeedCatalog.MergedArticle, _ expected: FeedCatalog.MergedArticle,
                                   sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(article.url == expected.url, sourceLocation: sourceLocation)
        #expect(article.winnerPath == expected.winnerPath, sourceLocation: sourceLocation)
        #expect(article.sourcePaths == expected.sourcePaths, sourceLocation: sourceLocation)
        #expect(article.sourceIndices == expected.sourceIndices, sourceLocation: sourceLocation)
        #expect(article.publishedAt == expected.publishedAt, sourceLocation: sourceLocation)
        #expect(article.updatedAt == expected.updatedAt, sourceLocation: sourceLocation)
        #expect(article.topics == expected.topics, sourceLocation: sourceLocation)
        #expect(article.providerName == expected.providerName, sourceLocation: sourceLocation)
        #expect(article.providerDomain == expected.providerDomain, sourceLocation: sourceLocation)
        #expect(article.providerLogo == expected.providerLogo, sourceLocation: sourceLocation)
        #expect(article.quality == expected.quality, sourceLocation: sourceLocation)
        #expect(article.heat == expected.heat, sourceLocation: sourceLocation)
        #expect(article.language == expected.language, sourceLocation: sourceLocation)
        #expect(article.keywords == expected.keywords, sourceLocation: sourceLocation)
        #expect(article.sourceCount == 1 && article.winnerSourceIndex == expected.sourceIndices[0], sourceLocation: sourceLocation)
        #expect(article.sourceIndex(ofPath: expected.winnerPath) == expected.sourceIndices[0], sourceLocation: sourceLocation)
        #expect(article.sourceIndex(ofPath: "2024/other.md") == nil, sourceLocation: sourceLocation)
        var visited: [Int] = []
        article.forEachSourceIndex { visited.append($0) }
        #expect(visited == expected.sourceIndices, sourceLocation: sourceLocation)
        #expect(article == expected && expected == article, sourceLocation: sourceLocation)
    }

    @Test func singleFileArticleHasTheFieldsMergingGave() throws {
        Self.expectSame(try #require(ArticleMerger.merge([Self.summary]).first), Self.expected())
        Self.expectSame(try #require(ArticleMerger.mergeNewestFirst([Self.summary]).articles.first), Self.expected())
        Self.expectSame(ArticleMerger.merged([Self.summary]), Self.expected())
    }

    @Test func languageOverrideGivesTheOverriddenLanguageAndKeepsTheRest() throws {
        var overrides = FeedOverrides()
        overrides.providers["reuters"] = FeedOverrides.Override(language: "hi")
        let overridden = FeedCatalog.applyingLanguageOverrides(overrides, to: [Self.summary])
        Self.expectSame(try #require(ArticleMerger.merge(overridden).first), Self.expected(language: "hi"))
    }

    @Test func changedFieldIsTheArticlesOwnNotTheSummarys() {
        let article = FeedCatalog.MergedArticle(single: Self.summary)
        var changed = article
        changed.language = "hi"
        Self.expectSame(changed, Self.expected(language: "hi"))
        Self.expectSame(article, Self.expected())
        #expect(Self.summary.language == "pt-BR")
        changed.language = "fr"
        Self.expectSame(changed, Self.expected(language: "fr"))
    }

    @Test func renumberedFileMovesOnlyItsPosition() {
        var renumbered = Array(0..<50)
        renumbered[41] = 3
        var article = FeedCatalog.MergedArticle(single: Self.summary)
        article.renumberSources(renumbered)
        Self.expectSame(article, Self.expected(sourceIndex: 3))
        #expect(Self.summary.sourceIndex == 41)
        article.renumberSources(Array(0..<50))
        Self.expectSame(article, Self.expected(sourceIndex: 3))
    }

    /// A single file's article differs from one of its own fields when any one field differs.
    @Test func anyFieldDifferingMakesArticlesDiffer() {
        let article = FeedCatalog.MergedArticle(single: Self.summary)
        let changes: [(inout FeedCatalog.MergedArticle) -> Void] = [
            { $0.url += "/" }, { $0.winnerPath = "2024/two.md" }, { $0.sourcePaths.append("2024/two.md") },
            { $0.publishedAt = Timestamp(secondsSinceEpoch: 0) }, { $0.updatedAt = Timestamp(secondsSinceEpoch: 0) },
            { $0.topics.removeLast() }, { $0.providerName = nil }, { $0.providerDomain = nil }, { $0.providerLogo = nil },
            { $0.quality = 93 }, { $0.heat = 7 }, { $0.language = nil }, { $0.keywords = KeywordBits() },
            { $0.renumberSources(Array(1..<50)) },
        ]
        for change in changes {
            var different = Self.expected()
            change(&different)
            #expect(article != different && different != article)
        }
    }
}
