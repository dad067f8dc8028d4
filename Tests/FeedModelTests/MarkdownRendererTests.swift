import Testing
@testable import FeedModel

/// `MarkdownRenderer`: article bodies to safe HTML, links made absolute.
@Suite struct MarkdownRendererTests {
    private let renderer = MarkdownRenderer()
    private let articleURL = "https://news.example.com/world/2021/story.html"

    private func html(_ markdown: String) -> String {
        renderer.html(markdown, baseURL: articleURL)
    }

    @Test func paragraphsAndEmphasis() {
        #expect(html("Hello *world*.\n\nSecond **para**.") == "<p>Hello <em>world</em>.</p>\n<p>Second <strong>para</strong>.</p>")
    }

    @Test func relativeLinkIsResolvedAgainstTheArticle() {
        #expect(html("[more](../more.html)") == "<p><a href=\"https://news.example.com/world/more.html\">more</a></p>")
    }

    @Test func rootRelativeLinkIsResolved() {
        #expect(html("[about](/about)") == "<p><a href=\"https://news.example.com/about\">about</a></p>")
    }

    @Test func relativeImageIsResolved() {
        #expect(html("![chart](img/chart.png)") ==
            "<p><img src=\"https://news.example.com/world/2021/img/chart.png\" alt=\"chart\" /></p>")
    }

    @Test func absoluteLinkIsKept() {
        #expect(html("[x](https://other.example.org/a)") == "<p><a href=\"https://other.example.org/a\">x</a></p>")
    }

    @Test func rawScriptIsNotPassedThrough() {
        #expect(html("<script>alert(1)</script>") == "<!-- raw HTML omitted -->")
    }

    @Test func inlineRawHTMLIsOmitted() {
        #expect(html("Hi <img src=x onerror=alert(1)> there") == "<p>Hi <!-- raw HTML omitted --> there</p>")
    }

    @Test func javascriptLinkIsDropped() {
        #expect(html("[click](javascript:alert(1))") == "<p><a href=\"\">click</a></p>")
    }

    @Test func javascriptLinkInAnyCaseIsDropped() {
        #expect(html("[click](JavaScript:alert(1))") == "<p><a href=\"\">click</a></p>")
    }

    @Test func textIsEscaped() {
        #expect(html("AT&T < Verizon") == "<p>AT&amp;T &lt; Verizon</p>")
    }

    @Test func resolvedLinkIsPercentEncoded() {
        #expect(html("[z](<zürich map.html>)") ==
            "<p><a href=\"https://news.example.com/world/2021/z%C3%BCrich%20map.html\">z</a></p>")
    }
}
