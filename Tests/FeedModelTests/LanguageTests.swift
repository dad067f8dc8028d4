import Testing
@testable import FeedModel

/// An article's language (front matter, feedpub.yml's overrides, identified), each feed's
/// language (configured, else the 80 % rule) and the languages axis.
@Suite("Languages")
struct LanguageTests {
    let wire = Article.Provider(name: "Wire", domain: "wire.example.com")

    /// `count` articles, the first `inLanguage` of them identified as `language`, the rest as English.
    func summaries(_ count: Int, _ inLanguage: Int, _ language: String) -> [ArticleSummary] {
        (0..<count).map { number in
            var summary = Article.make(url: "https://n.example/\(number)", published: "2021-07-01T12:00:00Z", topics: ["AI"]).summary
            summary.language = number < inLanguage ? language : "en"
            return summary
        }
    }

    func decode(_ frontMatter: String) throws -> ArticleDecoder.Decoded {
        let text = "---\ntitle: T\npublishedDateTime: 2021-07-01T12:00:00Z\nwebUrl: https://n.example/a\n\(frontMatter)---\n"
        return try ArticleDecoder().decode(Array(text.utf8)[...], sourcePath: "a.md")
    }

    @Test("the front matter's language is kept in BCP 47's conventional case and marks the summary declared")
    func frontMatterLanguage() throws {
        let decoded = try decode("language: PT-br\n")
        #expect(decoded.article.language == "pt-BR")
        #expect(decoded.warnings.isEmpty)
        #expect(decoded.article.summary.language == "pt-BR" && decoded.article.summary.languageIsDeclared)
        #expect(try decode("language: zh-hant-tw\n").article.language == "zh-Hant-TW")
    }

    @Test("a front matter language of another shape is a warning, and the language is left to identification")
    func badFrontMatterLanguage() throws {
        let decoded = try decode("language: en_US\n")
        #expect(decoded.article.language == nil)
        #expect(!decoded.article.summary.languageIsDeclared)
        #expect(decoded.warnings.map(\.message) == [
            "'language' is 'en_US', not a BCP 47 tag such as 'en' or 'pt-BR'; ignored, the language is identified from the text",
        ])
    }

    @Test("precedence: front matter, then the provider's override, then the first topic's, then the identified language")
    func precedence() {
        var overrides = FeedOverrides()
        overrides.providers["wire.example.com"] = FeedOverrides.Override(language: "hi")
        overrides.topics["Sport"] = FeedOverrides.Override(language: "ta")
        overrides.topics["Cricket"] = FeedOverrides.Override(language: "te")
        var declared = Article.make(url: "https://n.example/1", topics: ["Sport"], provider: wire)
        declared.language = "en"
        var identified = Article.make(url: "https://n.example/4", topics: ["Other"]).summary
        identified.language = "bn"
        var topicOverIdentified = Article.make(url: "https://n.example/3", topics: ["Cricket", "Sport"]).summary
        topicOverIdentified.language = "bn"
        let summaries = [declared.summary, Article.make(url: "https://n.example/2", topics: ["Sport"], provider: wire).summary,
                         topicOverIdentified, identified]
        let catalog = FeedCatalog(summaries: summaries, site: SiteConfiguration(), overrides: overrides)
        let languages = Dictionary(uniqueKeysWithValues: catalog.articles.map { ($0.url, $0.language) })
        #expect(languages["https://n.example/1"] == "en")
        #expect(languages["https://n.example/2"] == "hi")
        #expect(languages["https://n.example/3"] == "te")
        #expect(languages["https://n.example/4"] == "bn")
    }

    @Test("a feed declares the language of 80 % of its entries, not of 79 %")
    func eightyPercentRule() throws {
        let site = SiteConfiguration(entryLimit: 100)
        let at80 = FeedCatalog(summaries: summaries(100, 80, "hi"), site: site, overrides: FeedOverrides())
        #expect(at80.plans.first { $0.kind == .all }?.language == "hi")
        #expect(at80.plans.first { $0.kind == .topic("AI") }?.language == "hi")
        let at79 = FeedCatalog(summaries: summaries(100, 79, "hi"), site: site, overrides: FeedOverrides())
        #expect(try #require(at79.plans.first { $0.kind == .all }).language == nil)
        // Articles of unknown language count against it.
        var unknown = summaries(5, 4, "hi")
        unknown[4].language = nil
        #expect(FeedCatalog(summaries: unknown, site: site, overrides: FeedOverrides()).plans.first?.language == "hi")
        unknown[3].language = nil
        #expect(FeedCatalog(summaries: unknown, site: site, overrides: FeedOverrides()).plans.first?.language == nil)
    }

    @Test("a configured language wins over the entries': the site's, a topic's own; a language feed declares its tag")
    func configuredFeedLanguage() throws {
        var overrides = FeedOverrides()
        overrides.topics["AI"] = FeedOverrides.Override(language: "mr")
        let catalog = FeedCatalog(summaries: summaries(10, 10, "hi"), site: SiteConfiguration(language: "en"), overrides: overrides)
        #expect(catalog.plans.first { $0.kind == .all }?.language == "en")
        // The topic's override names its feed's language and its articles' (none declares one).
        #expect(catalog.plans.first { $0.kind == .topic("AI") }?.language == "mr")
        let language = try #require(catalog.plans.first { $0.kind == .language("mr") })
        #expect(language.language == "mr")
        #expect(language.entryIndices.count == 10)
        // The site's language names a language feed's more precisely when it is the same language.
        let regional = FeedCatalog(summaries: summaries(2, 1, "hi"), site: SiteConfiguration(language: "en-IN"), overrides: FeedOverrides())
        #expect(regional.plans.first { $0.kind == .language("en") }?.language == "en-IN")
        #expect(regional.plans.first { $0.kind == .language("hi") }?.language == "hi")
    }

    @Test("the languages axis: one feed per tag under languages/, named in English, empty tags never")
    func languageAxis() throws {
        var mixed = summaries(3, 2, "pt-BR")
        mixed.append(Article.make(url: "https://n.example/none").summary)
        let catalog = FeedCatalog(summaries: mixed, site: SiteConfiguration(), overrides: FeedOverrides())
        let languagePlans = catalog.plans.filter { if case .language = $0.kind { true } else { false } }
        #expect(languagePlans.map(\.directory) == ["languages/en", "languages/pt-br"])
        let brazil = try #require(languagePlans.last)
        #expect(brazil.kind == .language("pt-BR"))
        #expect(brazil.title == "Portuguese (Brazil) — feedpub")
        #expect(brazil.entryIndices.count == 2)
        #expect(FeedCatalog.languageName("hi") == "Hindi")
    }

    @Test("each entry carries its article's language")
    func entryLanguage() {
        var article = Article.make(topics: ["AI"])
        article.language = "gu"
        let feeds = FeedCatalog.feeds(articles: [article], site: SiteConfiguration())
        #expect(feeds.allSatisfy { $0.entries.first?.language == "gu" })
    }

    @Test("the text identified leaves out the provider's name and a summary that repeats the title")
    func languageSample() {
        var article = Article.make(title: "समाचार - Wire", excerpt: "समाचार", provider: wire)
        #expect(article.languageSample(findings: CleaningRules.findings(of: article)) == "समाचार")
        article.excerpt = "<p>पूरी खबर</p>"
        #expect(article.languageSample(findings: CleaningRules.findings(of: article)) == "समाचार\nपूरी खबर")
        // At most languageSampleBytes, never cutting a character (Devanagari: three bytes each).
        article.excerpt = String(repeating: "ख", count: 400)
        let sample = article.languageSample(findings: CleaningRules.findings(of: article))
        #expect(sample.utf8.count <= Article.languageSampleBytes && sample.utf8.count > Article.languageSampleBytes - 3)
        #expect(sample.hasPrefix("समाचार\nखख") && sample.unicodeScalars.allSatisfy { $0 != "\u{FFFD}" })
    }

    @Test("tags are removed from the sample's summary exactly when Foundation finds a '<' in it")
    func lessThanAsFoundationFindsIt() {
        let texts = ["x < y", "<b>bold</b>", "no tag", "खबर <b>x</b>", "a\u{226E}b", "a<\u{338}b", "<\u{301}", "é<", "", "a\u{FF1C}b"]
        for text in texts {
            #expect(Article.holdsLessThan(text) == text.contains("<"), "\(text.unicodeScalars.map(\.value))")
        }
        // A '<' a combining mark follows is not one to Foundation: the summary is kept as written.
        let article = Article.make(title: "Title", excerpt: "<\u{338}b>text")
        #expect(article.languageSample(findings: CleaningRules.findings(of: article)) == "Title\n<\u{338}b>text")
    }

    @Test("write.feeds can leave the language feeds out")
    func writeFeedsLanguages() throws {
        let configuration = try ConfigurationDecoder().decode(Array("write: {feeds: [all, topics, providers]}\n".utf8))
        #expect(!configuration.writes(.language("hi")))
        #expect(try ConfigurationDecoder().decode(Array("write: {feeds: [languages]}\n".utf8)).writes(.language("hi")))
        #expect(FeedpubConfiguration().writes(.language("hi")))
    }

    @Test("feedpub.yml: a topic's or provider's language is a BCP 47 tag, else an error naming the key")
    func configurationLanguage() throws {
        let configuration = try ConfigurationDecoder().decode(Array("topics: {AI: {language: HI}}\nproviders: {Wire: {language: en-in}}\n".utf8))
        #expect(configuration.overrides.topics["AI"]?.language == "hi")
        #expect(configuration.overrides.providers["Wire"]?.language == "en-IN")
        #expect(throws: ConfigurationDecoder.Failure(line: 1, message: "'topics.AI.language' must be a BCP 47 tag such as 'en' or 'pt-BR', not 'hindi!'")) {
            try ConfigurationDecoder().decode(Array("topics: {AI: {language: hindi!}}\n".utf8))
        }
    }
}
