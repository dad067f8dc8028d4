import Testing
@testable import FeedModel

/// The size of a summary's shared fields, which a million summaries each allocate once.
@Suite("Article summary layout")
struct ArticleSummaryLayoutTests {
    @Test("the shared fields take 184 bytes: their box is a 208-byte allocation, not a 224-byte one")
    func fieldsFillTheirPadding() {
        #expect(ArticleSummary.fieldsByteCount == 184)
    }

    @Test("every field reads back as set")
    func fieldsReadBack() {
        var summary = ArticleSummary(sourcePath: "a.md", url: "https://n.example/a", publishedAt: Timestamp(secondsSinceEpoch: 7),
                                     topics: ["AI"], providerName: "Wire", providerDomain: "wire.example.com", quality: 3,
                                     isPublished: false, providerLogo: Article.Image(url: "https://n.example/l.png", width: 1, height: 2))
        summary.heat = -4
        summary.cleaning = [.providerSuffix, .repeatedTitle]
        summary.language = "pt-BR"
        summary.languageIsDeclared = true
        #expect(summary.sourcePath == "a.md" && summary.url == "https://n.example/a" && summary.publishedAt.secondsSinceEpoch == 7)
        #expect(summary.topics == ["AI"] && summary.providerName == "Wire" && summary.providerDomain == "wire.example.com")
        #expect(summary.providerLogo == Article.Image(url: "https://n.example/l.png", width: 1, height: 2))
        #expect(summary.quality == 3 && summary.heat == -4 && summary.isPublished == false)
        #expect(summary.cleaning == [.providerSuffix, .repeatedTitle])
        #expect(summary.language == "pt-BR" && summary.languageIsDeclared)
    }
}
