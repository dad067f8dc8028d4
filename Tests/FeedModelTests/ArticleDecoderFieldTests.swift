import Foundation
import Testing
@testable import FeedModel

/// How `ArticleDecoder` cleans and bounds the fields it keeps: titles, topics, excerpts.
@Suite struct ArticleDecoderFieldTests {

    @Test
    func escapedTagInTitleIsShownAsText() throws {
        let decoded = try decode(requiredFields.replacingOccurrences(of: "title: Inline", with: "title: The &lt;canvas&gt; element") + "---\n")
        #expect(decoded.article.title == "The <canvas> element")
    }

    @Test func titleWhiteSpaceIsCollapsed() throws {
        let decoded = try decode(requiredFields.replacingOccurrences(of: "title: Inline", with: "title: \"  Two\\n\\tlines  \"") + "---\n")
        #expect(decoded.article.title == "Two lines")
    }

    @Test func keptTopicIsPrecomposed() throws {
        let topic = try #require(try Fixture.decode("topics-duplicates.md").article.topics.first)
        #expect(Array(topic.unicodeScalars) == ["C", "a", "f", "\u{E9}"])
    }

    @Test func topicEntitiesAreDecoded() throws {
        #expect(try decode(requiredFields + "topics: [\"R&amp;D\"]\n---\n").article.topics == ["R&D"])
    }

    @Test func moreThanAHundredTopicsAreCut() throws {
        let decoded = try decode(requiredFields + "topics:\n" + (1...150).map { "  - Topic \($0)\n" }.joined() + "---\n")
        #expect(decoded.article.topics.count == 100)
        #expect(decoded.article.topics.last == "Topic 100")
    }

    @Test func cutTopicsAreWarned() throws {
        let decoded = try decode(requiredFields + "topics:\n" + (1...150).map { "  - Topic \($0)\n" }.joined() + "---\n")
        #expect(decoded.warnings == [ArticleWarning("150 topics; only the first 100 are kept")])
    }

    @Test func tenThousandTopicsAreReadAndCut() throws {
        let decoded = try decode(requiredFields + "topics:\n" + (1...10_000).map { "  - Topic \($0)\n" }.joined() + "---\n")
        #expect(decoded.article.topics.count == 100)
        #expect(decoded.warnings == [ArticleWarning("10000 topics; only the first 100 are kept")])
    }

    @Test func fiveMegabyteExcerptIsCutToTheLimit() throws {
        let huge = String(repeating: "abcd ", count: 1_000_000)
        let decoded = try decode(requiredFields + "excerpt: \"\(huge)\"\n---\n")
        #expect(decoded.article.excerpt?.count == ArticleLimits.maxExcerptCharacters)
        #expect(decoded.warnings == [ArticleWarning("'excerpt' is longer than 20000 characters; cut")])
    }

    @Test func excerptEntitiesAreDecoded() throws {
        #expect(try decode(requiredFields + "excerpt: \"It&#8217;s here\"\n---\n").article.excerpt == "It’s here")
    }

    @Test func providerAsTextIsItsName() throws {
        #expect(try decode(requiredFields + "provider: BBC News\n---\n").article.provider == Provider(name: "BBC News", domain: nil))
    }

    @Test func providerDomainThatIsNoHostIsDropped() throws {
        let decoded = try decode(requiredFields + "provider:\n  name: BBC\n  domain: \"bbc.co.uk/news\"\n---\n")
        #expect(decoded.article.provider == Provider(name: "BBC", domain: nil))
        #expect(decoded.warnings == [ArticleWarning("'provider.domain' is not a host name: 'bbc.co.uk/news'; ignored")])
    }

    @Test func qualityAsTextIsWarnedAndDropped() throws {
        let decoded = try decode(requiredFields + "quality: high\n---\n")
        #expect(decoded.article.quality == nil)
        #expect(decoded.warnings == [ArticleWarning("'quality' is text, expected a whole number; ignored")])
    }

    @Test func imageWithJavascriptURLIsDropped() throws {
        let decoded = try decode(requiredFields + "images:\n  - url: \"javascript:alert(1)\"\n---\n")
        #expect(decoded.article.images == [])
        #expect(decoded.warnings == [ArticleWarning("'images[].url' is not an absolute http(s) URL: 'javascript:alert(1)'; ignored")])
    }
}
