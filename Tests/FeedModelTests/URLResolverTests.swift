import Testing
@testable import FeedModel

/// `URLResolver`: relative links in an article body, made absolute against the article URL.
@Suite struct URLResolverTests {
    private let base = "https://news.example.com/world/2021/story.html?ref=feed#top"

    @Test func siblingPath() {
        #expect(URLResolver.resolve("photo.jpg", against: base) == "https://news.example.com/world/2021/photo.jpg")
    }

    @Test func parentPath() {
        #expect(URLResolver.resolve("../other.html", against: base) == "https://news.example.com/world/other.html")
    }

    @Test func rootRelativePath() {
        #expect(URLResolver.resolve("/about", against: base) == "https://news.example.com/about")
    }

    @Test func schemeRelative() {
        #expect(URLResolver.resolve("//cdn.example.net/x.png", against: base) == "https://cdn.example.net/x.png")
    }

    @Test func fragmentOnly() {
        #expect(URLResolver.resolve("#comments", against: base) == "https://news.example.com/world/2021/story.html?ref=feed#comments")
    }

    @Test func queryOnly() {
        #expect(URLResolver.resolve("?page=2", against: base) == "https://news.example.com/world/2021/story.html?page=2")
    }

    @Test func relativeToHostWithoutPath() {
        #expect(URLResolver.resolve("a.html", against: "https://news.example.com") == "https://news.example.com/a.html")
    }

    @Test func absoluteURLIsUnchanged() {
        #expect(URLResolver.resolve("https://other.example.org/A", against: base) == "https://other.example.org/A")
    }

    @Test func otherSchemeIsLeftForTheRendererToJudge() {
        #expect(URLResolver.resolve("mailto:desk@example.com", against: base) == "mailto:desk@example.com")
    }

    @Test func baseBeyondASCIIIsCutAtTheSamePlaces() {
        let base = "https://news.example.com/w\u{F6}rld/2021/story.html?ref=feed#top"
        #expect(URLResolver.resolve("photo.jpg", against: base) == "https://news.example.com/w%C3%B6rld/2021/photo.jpg")
        #expect(URLResolver.resolve("/about", against: base) == "https://news.example.com/about")
        #expect(URLResolver.resolve("?page=2", against: base) == "https://news.example.com/w%C3%B6rld/2021/story.html?page=2")
        #expect(URLResolver.resolve("//cdn.example.net/x.png", against: base) == "https://cdn.example.net/x.png")
    }
}
