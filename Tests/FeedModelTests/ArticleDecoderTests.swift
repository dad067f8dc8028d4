import Testing
@testable import FeedModel

/// `ArticleDecoder`: one input file to an `Article`, or the one-line reason it is rejected.
@Suite struct ArticleDecoderTests {
    /// The seed article, as shipped in `seeds/`.
    private let seed = "seed-datacenterdynamics.md"
    private let seedURL = "https://www.datacenterdynamics.com/en/news/microsoft-to-acquire-atts-network-cloud-azure-to-host-att-5g-network/"

    @Test func seedHasNoWarnings() throws {
        #expect(try Fixture.decode(seed).warnings == [])
    }

    @Test func seedTitleKeepsItsTypography() throws {
        #expect(try Fixture.decode(seed).article.title == "Microsoft to acquire AT&T’s Network Cloud; Azure to host AT&T 5G network")
    }

    @Test func seedExcerptUnescapesYAMLQuotes() throws {
        let excerpt = try #require(try Fixture.decode(seed).article.excerpt)
        #expect(excerpt.hasSuffix("AT&T's preferred cloud provider for \"non-network a"))
    }

    @Test func seedDateAndLink() throws {
        let article = try Fixture.decode(seed).article
        #expect(article.publishedAt.rfc3339 == "2021-07-01T12:07:00Z")
        #expect(article.updatedAt == article.publishedAt)
        #expect(article.url == seedURL)
    }

    @Test func seedScalarFields() throws {
        let article = try Fixture.decode(seed).article
        #expect(article.category == "news" && article.type == "article")
        #expect(article.quality == 53 && article.heat == -1 && article.isPublished == false)
    }

    @Test func seedProviderTopicsImagesRelated() throws {
        let article = try Fixture.decode(seed).article
        #expect(article.provider == Provider(name: "Datacenter Dynamics", domain: "datacenterdynamics.com"))
        #expect(article.topics == ["Microsoft AI", "AI"])
        #expect(article.images == [ArticleImage(
            url: "https://media.datacenterdynamics.com/media/images/ATTcloud.2e16d0ba.fill-1200x630.jpg", width: 1200, height: 630)])
        #expect(article.related.map(\.title) == ["AT&T takes a giant 5G leap to the public cloud with Azure"])
        #expect(article.body == "")
    }

    @Test func securedBlobIsNowhereInTheArticle() throws {
        let article = try Fixture.decode(seed).article
        let text = String(describing: article) + String(reflecting: article)
        #expect(!text.contains("tDMsw62u"))
        #expect(!text.contains("oJPjF/pxxFg4URCksGG6iw=="))
    }

    @Test func sourcePathIsKept() throws {
        #expect(try Fixture.decode("minimal.md").article.sourcePath == "minimal.md")
    }

    /// Without the body (the first pass of a build), the warnings are those of a full read.
    @Test(arguments: ["Plain body.\n", "Body with a \u{7} bell and a \u{85} C1 control.\n", "Ünïcödé ＋ fullwidth\n",
                      String(repeating: "Line of a very long body.\n", count: (ArticleLimits.maxBodyBytes / 26) + 10)])
    func bodylessReadWarnsAsAFullRead(body: String) throws {
        let text = requiredFields + "---\n" + body
        let full = try ArticleDecoder().decode(Array(text.utf8)[...], sourcePath: "inline.md")
        let bodyless = try ArticleDecoder(readsBody: false).decode(Array(text.utf8)[...], sourcePath: "inline.md")
        #expect(bodyless.warnings == full.warnings)
        #expect(bodyless.article.body == "")
        var withBody = bodyless.article
        withBody.body = full.article.body
        #expect(withBody == full.article)
    }

    @Test func bomAndCRLFFileDecodes() throws {
        let article = try Fixture.decode("bom-crlf.md").article
        #expect(article.title == "Windows file" && article.url == "https://news.example.com/windows")
    }

    @Test func impossibleDateIsRejected() throws {
        #expect(throws: ArticleProblem("'publishedDateTime' is not a valid ISO 8601 date-time: '2021-02-30'")) {
            try decode("---\ntitle: T\npublishedDateTime: 2021-02-30\nwebUrl: https://x.example/\n---\n")
        }
    }

    @Test func titleAsListIsRejectedWithItsLine() {
        #expect(throws: ArticleProblem("'title' is a list, expected text (line 3)")) {
            try decode("---\ntitle:\n  - a\npublishedDateTime: 2021-07-01\nwebUrl: https://x.example/\n---\n")
        }
    }

    @Test("a duplicate key whose value is skipped unread (secured) still names its own line", arguments: [1, 4000])
    func duplicateSkippedKeyNamesItsLine(length: Int) {
        // Long enough values are emptied before libyaml reads them (YAMLElision); short ones are not.
        let value = String(repeating: "Q", count: length)
        #expect(throws: ArticleProblem("invalid YAML at line 5: duplicate key 'secured'")) {
            try decode("---\ntitle: A\nwebUrl: https://x.example/\nsecured: \"\(value)\"\nsecured: \"\(value)\"\npublishedDateTime: 2021-07-01\n---\n")
        }
    }
}
