import Testing
@testable import FeedModel

/// `String+Cleaning`: the one-line plain text of titles and names.
@Suite struct StringCleaningTests {
    @Test func tagsAreRemoved() {
        #expect("<b>Bold</b> and <i>italic</i>".removingHTMLTags() == "Bold and italic")
    }

    @Test func tagWithAttributesIsRemoved() {
        #expect("<a href=\"https://x.example/\" class=\"c\">link</a>".removingHTMLTags() == "link")
    }

    @Test func selfClosingTagIsRemoved() {
        #expect("one<br/>two".removingHTMLTags() == "onetwo")
    }

    @Test func lessThanThatOpensNoTagStays() {
        #expect("5 < 6 and x<3".removingHTMLTags() == "5 < 6 and x<3")
    }

    @Test func unclosedTagStays() {
        #expect("a <b never closed".removingHTMLTags() == "a <b never closed")
    }

    @Test func whiteSpaceRunsCollapseToOneSpace() {
        #expect("  one \n\t two\u{A0}\u{3000}three  ".collapsingWhitespace() == "one two three")
    }

    @Test func trimmingRemovesUnicodeWhiteSpace() {
        #expect("\u{A0}\u{3000} text \n".trimmingWhitespace() == "text")
    }

    @Test func truncationCountsCharactersNotBytes() {
        #expect("Zürich😀".truncated(to: 3) == "Zür")
    }

    @Test func truncationKeepsShortText() {
        #expect("AI".truncated(to: 3) == "AI")
    }
}
