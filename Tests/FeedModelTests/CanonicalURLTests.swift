import Testing
@testable import FeedModel

/// `CanonicalURL.http`: one spelling per article URL, so ids stay stable (RFC 3986 §6.2.2).
@Suite struct CanonicalURLTests {
    @Test func schemeAndHostAreLowerCased() {
        #expect(CanonicalURL.http("HTTPS://News.Example.COM/Path") == "https://news.example.com/Path")
    }

    @Test func defaultHTTPPortIsDropped() {
        #expect(CanonicalURL.http("http://example.com:80/a") == "http://example.com/a")
    }

    @Test func defaultHTTPSPortIsDropped() {
        #expect(CanonicalURL.http("https://example.com:443/a") == "https://example.com/a")
    }

    @Test func otherPortIsKept() {
        #expect(CanonicalURL.http("https://example.com:8443/a") == "https://example.com:8443/a")
    }

    @Test
    func defaultPortWithLeadingZeroIsDropped() {
        #expect(CanonicalURL.http("http://example.com:080/a") == "http://example.com/a")
    }

    @Test func emptyPathBecomesSlash() {
        #expect(CanonicalURL.http("https://example.com") == "https://example.com/")
    }

    @Test func emptyPathBeforeQueryBecomesSlash() {
        #expect(CanonicalURL.http("https://example.com?q=1") == "https://example.com/?q=1")
    }

    @Test func spaceIsPercentEncoded() {
        #expect(CanonicalURL.http("https://example.com/a b") == "https://example.com/a%20b")
    }

    @Test func nonASCIIIsEncodedAsUTF8UpperHex() {
        #expect(CanonicalURL.http("https://example.com/zürich?q=é") == "https://example.com/z%C3%BCrich?q=%C3%A9")
    }

    @Test func lowerCaseEscapesAreUpperCased() {
        #expect(CanonicalURL.http("https://example.com/a%2fb%3a") == "https://example.com/a%2Fb%3A")
    }

    @Test func escapedTildeIsDecoded() {
        #expect(CanonicalURL.http("https://example.com/%7euser/%7Eother") == "https://example.com/~user/~other")
    }

    @Test func strayPercentIsEncoded() {
        #expect(CanonicalURL.http("https://example.com/100%") == "https://example.com/100%25")
    }

    @Test func dotSegmentsAreRemoved() {
        #expect(CanonicalURL.http("https://example.com/a/./b/../c") == "https://example.com/a/c")
    }

    @Test func dotSegmentsCannotClimbAboveTheRoot() {
        #expect(CanonicalURL.http("https://example.com/../../etc/passwd") == "https://example.com/etc/passwd")
    }

    @Test func trailingDotDotKeepsDirectorySlash() {
        #expect(CanonicalURL.http("https://example.com/a/b/..") == "https://example.com/a/")
    }

    @Test func dotsInQueryAreKept() {
        #expect(CanonicalURL.http("https://example.com/a?next=../b") == "https://example.com/a?next=../b")
    }

    @Test func secondHashIsEncoded() {
        #expect(CanonicalURL.http("https://example.com/a#b#c") == "https://example.com/a#b%23c")
    }

    @Test func surroundingWhiteSpaceIsTrimmed() {
        #expect(CanonicalURL.http("  https://example.com/a \n") == "https://example.com/a")
    }

    @Test(arguments: ["javascript:alert(1)", "javascript://%0Aalert(1)", "file:///etc/passwd", "ftp://example.com/",
                      "/news/a", "news/a", "//example.com/a", "https://", "https:///path", "http://exa mple.com/",
                      "http://example.com:http/", ""])
    func notAnAbsoluteHTTPURL(_ text: String) {
        #expect(CanonicalURL.http(text) == nil)
    }

    @Test func canonicalFormIsAFixedPoint() {
        let once = CanonicalURL.http("HTTP://Example.com:80/a b/%7e/./c?x=ü#f")
        #expect(once == "http://example.com/a%20b/~/c?x=%C3%BC#f")
        #expect(once.flatMap(CanonicalURL.http) == once)
    }
}
