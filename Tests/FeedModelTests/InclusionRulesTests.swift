import Testing
@testable import FeedModel

/// Each inclusion rule on summaries, and how exclusions are counted (the first failing rule).
@Suite("Inclusion rules")
struct InclusionRulesTests {
    static func summary(_ name: String, published: String = "2024-03-01T00:00:00Z", quality: Int? = nil, isPublished: Bool? = nil,
                        topics: [String] = [], provider: String? = nil, domain: String? = nil) -> ArticleSummary {
        ArticleSummary(sourcePath: name + ".md", url: "https://example.com/" + name, publishedAt: time(published), topics: topics,
                       providerName: provider, providerDomain: domain, quality: quality, isPublished: isPublished)
    }

    static func kept(_ rules: InclusionRules, _ summaries: [ArticleSummary]) -> [String] {
        rules.apply(to: summaries).kept.map(\.sourcePath)
    }

    @Test("no rules: everything passes, unpublished articles included")
    func noRules() {
        let all = [Self.summary("a", isPublished: false), Self.summary("b")]
        #expect(Self.kept(InclusionRules(), all) == ["a.md", "b.md"])
    }

    @Test("only_published leaves out false and missing flags")
    func onlyPublished() {
        var rules = InclusionRules()
        rules.onlyPublished = true
        let result = rules.apply(to: [Self.summary("a", isPublished: true), Self.summary("b", isPublished: false), Self.summary("c")])
        #expect(result.kept.map(\.sourcePath) == ["a.md"])
        #expect(result.exclusions.unpublished == 2)
    }

    @Test("min_quality leaves out lower and missing scores; the boundary passes")
    func minQuality() {
        var rules = InclusionRules()
        rules.minQuality = 50
        let result = rules.apply(to: [Self.summary("a", quality: 50), Self.summary("b", quality: 49), Self.summary("c")])
        #expect(result.kept.map(\.sourcePath) == ["a.md"])
        #expect(result.exclusions.belowQuality == 2)
    }

    @Test("max_age_days counts back from the newest article, not from the clock")
    func maxAge() {
        var rules = InclusionRules()
        rules.maxAgeDays = 10
        let result = rules.apply(to: [
            Self.summary("new", published: "2020-01-31T00:00:00Z"),
            Self.summary("edge", published: "2020-01-21T00:00:00Z"),
            Self.summary("old", published: "2020-01-20T23:59:59Z"),
        ])
        #expect(result.kept.map(\.sourcePath) == ["new.md", "edge.md"])
        #expect(result.exclusions.tooOld == 1)
    }

    @Test("an excluded provider matches by name (any case, spacing) or by domain")
    func excludedProviders() {
        var rules = InclusionRules()
        rules.excludedProviders = ["spam  daily", "SPAM.example.net"]
        let result = rules.apply(to: [
            Self.summary("a", provider: "Spam Daily"), Self.summary("b", provider: "Other", domain: "spam.example.net"),
            Self.summary("c", provider: "Good"), Self.summary("d"),
        ])
        #expect(result.kept.map(\.sourcePath) == ["c.md", "d.md"])
        #expect(result.exclusions.excludedProvider == 2)
    }

    @Test("an excluded topic is removed from the article, which stays")
    func excludedTopics() {
        var rules = InclusionRules()
        rules.excludedTopics = ["sponsored"]
        let result = rules.apply(to: [Self.summary("a", topics: ["AI", "Sponsored"]), Self.summary("b", topics: ["AI"])])
        #expect(result.kept.map(\.topics) == [["AI"], ["AI"]])
        #expect(result.exclusions.topicsRemoved == 1)
        #expect(result.exclusions.excludedArticles == 0)
    }

    @Test("an article failing several rules is counted once, under the first")
    func countedOnce() {
        var rules = InclusionRules()
        rules.onlyPublished = true
        rules.minQuality = 50
        let result = rules.apply(to: [Self.summary("a", quality: 1, isPublished: false)])
        #expect(result.exclusions.unpublished == 1 && result.exclusions.belowQuality == 0)
    }
}
