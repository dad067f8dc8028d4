import Testing
@testable import FeedModel

/// `String.decodingHTMLEntities()`: the character references scraped titles carry.
@Suite struct HTMLEntitiesTests {
    @Test func decimalReference() {
        #expect("AT&T&#8217;s".decodingHTMLEntities() == "AT&T’s")
    }

    @Test func hexReferenceInEitherCase() {
        #expect("&#x201C;a&#X201D;".decodingHTMLEntities() == "“a”")
    }

    @Test func namedReferences() {
        #expect("&amp; &lt; &gt; &quot; &apos; &hellip; &mdash;".decodingHTMLEntities() == "& < > \" ' … —")
    }

    @Test func nonBreakingSpaceIsU00A0() {
        #expect("a&nbsp;b".decodingHTMLEntities() == "a\u{A0}b")
    }

    @Test func decodingIsOnePass() {
        #expect("&amp;#8217;".decodingHTMLEntities() == "&#8217;")
    }

    @Test func astralCodePoint() {
        #expect("&#x1F600;".decodingHTMLEntities() == "😀")
    }

    @Test func unknownNameStays() {
        #expect("&bogus; &copy;".decodingHTMLEntities() == "&bogus; ©")
    }

    @Test func textAroundReferencesKeepsEveryCharacter() {
        #expect("Ünï &amp; 漢字&#x263A;😀 &".decodingHTMLEntities() == "Ünï & 漢字☺😀 &")
        #expect("&é; &&amp; &#1234567890123; &amp".decodingHTMLEntities() == "&é; && &#1234567890123; &amp")
    }

    @Test func missingSemicolonStays() {
        #expect("AT&T &#8217 &amp".decodingHTMLEntities() == "AT&T &#8217 &amp")
    }

    @Test(arguments: ["&#0;", "&#x1;", "&#xD800;", "&#xFFFE;", "&#x110000;", "&#128;", "&#;", "&#xZZ;"])
    func referencesXMLCannotHoldStay(_ text: String) {
        #expect(text.decodingHTMLEntities() == text)
    }

    @Test func textWithoutAmpersandIsUnchanged() {
        #expect("Zürich 5 < 6".decodingHTMLEntities() == "Zürich 5 < 6")
    }
}
