import Testing
@testable import FeedModel

/// Custom feeds (`feeds:`): each selection key, their combinations, ordering by heat, limits and formats.
@Suite("Custom feeds: selection")
struct CustomFeedTests {
    /// A summary as pass 1 keeps it, its title and excerpt matched against `keywords`; `day` counts back from 2024-06-30.
    static func article(_ name: String, day: Int = 0, topics: [String] = [], provider: String? = nil, domain: String? = nil,
                        quality: Int? = nil, heat: Int? = nil, language: String? = nil,
                        title: String = "Title", excerpt: String = "", keywords: KeywordList = KeywordList()) -> ArticleSummary {
        var summary = ArticleSummary(sourcePath: name + ".md", url: "https://n.example/" + name,
                                     publishedAt: Timestamp(secondsSinceEpoch: 1_719_705_600 - Int64(day) * 86_400),
                                     topics: topics, providerName: provider, providerDomain: domain, quality: quality)
        summary.heat = heat
        summary.language = language
        summary.keywords = keywords.matches(title: title, excerpt: excerpt)
        return summary
    }

    /// The ids of the custom feed `slug` (the only one) defined by `rules` (YAML lines of one feed).
    static func entries(_ rules: String, _ articles: [ArticleSummary], site: SiteConfiguration = SiteConfiguration()) throws -> [String] {
        let configuration = try Self.configuration(rules)
        let catalog = FeedCatalog(summaries: articles, site: site, configuration: configuration)
        let plan = try #require(catalog.plans.first { $0.kind == .custom("x") })
        return plan.entryIndices.map { String(catalog.articles[$0].url.dropFirst("https://n.example/".count)) }
    }

    /// The configuration of one custom feed `x` defined by `rules` (YAML lines of the feed).
    static func configuration(_ rules: String) throws -> FeedpubConfiguration {
        let yaml = "feeds:\n  - slug: x\n    title: X\n" + rules.split(separator: "\n").map { "    " + $0 }.joined(separator: "\n") + "\n"
        return try ConfigurationDecoder().decode(Array(yaml.utf8))
    }

    @Test func withoutRulesEveryArticleNewestFirst() throws {
        #expect(try Self.entries("", [Self.article("old", day: 2), Self.article("new", day: 0)]) == ["new", "old"])
    }

    @Test func topicsAnyNeedsOneComparedLikeFeedNames() throws {
        let articles = [Self.article("a", topics: ["Heat  wave"]), Self.article("b", topics: ["India"]), Self.article("c", topics: ["Cloud"])]
        #expect(try Self.entries("topics_any: [heat wave, INDIA]", articles) == ["a", "b"])
    }

    @Test func topicsAllNeedsEvery() throws {
        let articles = [Self.article("a", topics: ["Heatwave", "India"]), Self.article("b", topics: ["India"]), Self.article("c", topics: ["heatwave", "india", "x"])]
        #expect(try Self.entries("topics_all: [India, Heatwave]", articles) == ["a", "c"])
        #expect(try Self.entries("topics_all: [India, Nowhere]", articles) == [])
    }

    @Test func topicsComposeToNFC() throws {
        let articles = [Self.article("a", topics: ["Zu\u{308}rich"]), Self.article("b", topics: ["Bern"])]
        #expect(try Self.entries("topics_any: [\"Z\u{FC}rich\"]", articles) == ["a"])
    }

    @Test func providersByNameOrDomain() throws {
        let articles = [Self.article("a", provider: "Jagran", domain: "jagran.com"), Self.article("b", provider: "Amar Ujala", domain: "amarujala.com"),
                        Self.article("c", provider: "Other", domain: "other.example"), Self.article("d")]
        #expect(try Self.entries("providers: [jagran, AmarUjala.com]", articles) == ["a", "b"])
    }

    @Test func languagesMatchThePrimarySubtagUnlessARegionIsGiven() throws {
        let articles = [Self.article("a", language: "en"), Self.article("b", language: "en-IN"), Self.article("c", language: "hi"),
                        Self.article("d"), Self.article("e", language: "eng")]
        #expect(try Self.entries("languages: [en]", articles) == ["a", "b"])
        #expect(try Self.entries("languages: [en-in, hi]", articles) == ["b", "c"])
    }

    @Test func minQualityAndMinHeatLeaveOutArticlesWithoutThem() throws {
        let articles = [Self.article("a", quality: 50, heat: 10), Self.article("b", quality: 49, heat: 11), Self.article("c")]
        #expect(try Self.entries("min_quality: 50", articles) == ["a"])
        #expect(try Self.entries("min_heat: 11", articles) == ["b"])
        #expect(try Self.entries("min_heat: -100", articles) == ["a", "b"])
    }

    @Test func maxAgeDaysCountsBackFromTheNewestArticle() throws {
        let articles = [Self.article("a", day: 100), Self.article("b", day: 130), Self.article("c", day: 131)]
        #expect(try Self.entries("max_age_days: 30", articles) == ["a", "b"])
    }

    @Test func everyKeyMustHold() throws {
        let rules = "topics_any: [AI]\nproviders: [DCD]\nmin_quality: 50\nmin_heat: 1\nkeywords_any: [chips]\nkeywords_none: [sponsored]"
        let keywords = try Self.configuration(rules).keywords
        let articles = [Self.article("a", topics: ["AI"], provider: "DCD", quality: 80, heat: 5, title: "AI chips", keywords: keywords),
                        Self.article("b", topics: ["AI"], provider: "DCD", quality: 80, heat: 5, title: "Sponsored: AI chips", keywords: keywords),
                        Self.article("c", topics: ["AI"], provider: "Else", quality: 80, heat: 5, title: "AI chips", keywords: keywords),
                        Self.article("d", topics: ["AI"], provider: "DCD", quality: 10, heat: 5, title: "AI chips", keywords: keywords),
                        Self.article("e", topics: ["Cloud"], provider: "DCD", quality: 80, heat: 5, title: "AI chips", keywords: keywords)]
        #expect(try Self.entries(rules, articles) == ["a"])
    }

    @Test func heatOrderHighestFirstThenNewestThenID() throws {
        let articles = [Self.article("z", day: 1, heat: 5), Self.article("y", day: 0, heat: 5), Self.article("x", day: 1, heat: 5),
                        Self.article("hot", day: 9, heat: 90), Self.article("cold", day: 0), Self.article("neg", day: 3, heat: -1)]
        #expect(try Self.entries("order: heat", articles) == ["hot", "y", "x", "z", "neg", "cold"])
        #expect(try Self.entries("order: heat\nlimit: 2", articles) == ["hot", "y"])
    }

    @Test func heatOrderedFeedIsAsRecentAsItsNewestEntry() throws {
        let yaml = "feeds:\n  - slug: x\n    title: X\n    order: heat\n"
        let catalog = FeedCatalog(summaries: [Self.article("hot", day: 9, heat: 90), Self.article("new", day: 0, heat: 1)],
                                  site: SiteConfiguration(), configuration: try ConfigurationDecoder().decode(Array(yaml.utf8)))
        let plan = try #require(catalog.plans.last)
        #expect(plan.updated == Timestamp(secondsSinceEpoch: 1_719_705_600))
    }

    @Test func limitDefaultsToTheSitesEntryLimit() throws {
        let articles = (0..<5).map { Self.article("a\($0)", day: $0) }
        #expect(try Self.entries("", articles, site: SiteConfiguration(entryLimit: 3)) == ["a0", "a1", "a2"])
        #expect(try Self.entries("limit: 2", articles, site: SiteConfiguration(entryLimit: 3)) == ["a0", "a1"])
    }

    @Test func selectsFromMergedArticlesAfterTheWinner() throws {
        var older = Self.article("same", day: 5, topics: ["AI"], heat: 1)
        older.sourcePath = "older.md"
        let newer = Self.article("same", day: 0, topics: ["Cloud"], heat: 50)
        #expect(try Self.entries("topics_all: [AI, Cloud]\nmin_heat: 50", [older, newer]) == ["same"])
    }

    @Test func planCarriesProfileFormatsAndDirectory() throws {
        let yaml = "feeds:\n  - slug: news\n    title: News\n    profile: google-news\n    formats: [rss]\n"
        let catalog = FeedCatalog(summaries: [Self.article("a")], site: SiteConfiguration(),
                                  configuration: try ConfigurationDecoder().decode(Array(yaml.utf8)))
        let plan = try #require(catalog.plans.last)
        #expect(plan.kind == .custom("news") && plan.directory == "custom/news" && plan.title == "News")
        #expect(plan.profile == .googleNews && plan.formats == [.rss])
        #expect(plan.fingerprint.contains("profile google-news") && plan.fingerprint.contains("formats rss"))
    }

    @Test func archivedCustomFeedKeepsEveryEntryPastItsLimit() throws {
        let yaml = "feeds:\n  - slug: x\n    title: X\n    limit: 2\n"
        let site = SiteConfiguration(entryLimit: 10, archivePageSize: 2)
        let catalog = FeedCatalog(summaries: (0..<7).map { Self.article("a\($0)", day: $0) }, site: site,
                                  configuration: try ConfigurationDecoder().decode(Array(yaml.utf8)))
        let custom = catalog.plans.last!
        let pages = catalog.archivePages.filter { $0.kind == .custom("x") }
        #expect(custom.entryIndices.count == 2)
        #expect(pages.map(\.entryIndices.count).reduce(0, +) == 5 && pages.first?.directory == "custom/x/archive/1")
    }
}
