@testable import FeedModel
@testable import FeedXML
import Testing
import TestSupport

/// Text as a reader sees it: escaped by libxml2, cleaned of what XML 1.0 forbids, never markup.
@Suite struct TextTests {
    @Test func ampersandInRSSTitleIsEscapedAndReadsBack() throws {
        let rss = try Rendered(.rss, Sample.feed([Sample.entry(title: "AT&T")]))
        #expect(rss.text.contains("<title>AT&amp;T</title>"))
        #expect(rss.xml.string("/rss/channel/item/title") == "AT&T")
    }

    @Test func ampersandInAtomTitleIsEscapedAndReadsBack() throws {
        let atom = try Rendered(.atom, Sample.feed([Sample.entry(title: "AT&T")]))
        #expect(atom.text.contains(#"<title type="text">AT&amp;T</title>"#))
        #expect(atom.xml.string("/atom:feed/atom:entry/atom:title") == "AT&T")
    }

    @Test func ampersandInAnAttributeIsEscapedAndReadsBack() throws {
        let atom = try Rendered(.atom, Sample.feed([Sample.entry(categories: [.init(term: "R&D", scheme: Sample.base + "topics/")])]))
        #expect(atom.text.contains(#"term="R&amp;D""#))
        #expect(atom.xml.string("//atom:entry/atom:category/@term") == "R&D")
    }

    static let hostileSummary = "Before ]]> after <script>alert(1)</script> & done"
    /// The summary is plain text, so it travels as HTML that displays exactly those characters.
    static let hostileSummaryAsHTML = "Before ]]&gt; after &lt;script&gt;alert(1)&lt;/script&gt; &amp; done"

    @Test func rssDescriptionIsPlainTextEscapedIntoHTML() throws {
        let rss = try Rendered(.rss, Sample.feed([Sample.entry(summary: Self.hostileSummary)]))
        #expect(rss.xml.string("/rss/channel/item/description") == Self.hostileSummaryAsHTML)
        #expect(rss.xml.count("//script") == 0)
        #expect(!rss.text.contains("<script"))
        #expect(!rss.text.contains("<![CDATA["))
    }

    @Test func atomSummaryIsPlainTextEscapedIntoHTML() throws {
        let atom = try Rendered(.atom, Sample.feed([Sample.entry(summary: Self.hostileSummary)]))
        #expect(atom.xml.string("//atom:entry/atom:summary[@type='html']") == Self.hostileSummaryAsHTML)
        #expect(atom.xml.count("//*[local-name()='script']") == 0)
        #expect(!atom.text.contains("<script"))
    }

    @Test(arguments: FeedFormat.xmlCases)
    func bodyHTMLIsCarriedAsTextNotMarkup(format: FeedFormat) throws {
        let html = "<p>x ]]> y</p><script>alert(1)</script>"
        let feed = try Rendered(format, Sample.feed([Sample.entry(contentHTML: html)]))
        let path = format == .rss ? "//item/content:encoded" : "//atom:entry/atom:content[@type='html']"
        #expect(feed.xml.string(path) == html)
        #expect(feed.xml.count("//*[local-name()='script' or local-name()='p']") == 0)
    }

    @Test(arguments: FeedFormat.xmlCases)
    func quotesAndAnglesInAnAttributeReadBack(format: FeedFormat) throws {
        let title = #"Say "hi" to <b>'them'</b>"#
        let related = FeedEntry.RelatedLink(url: "https://news.example.com/other", title: title)
        let feed = try Rendered(format, Sample.feed([Sample.entry(related: [related])]))
        #expect(feed.text.contains(#"title="Say &quot;hi&quot; to &lt;b&gt;'them'&lt;/b&gt;""#))
        #expect(feed.xml.string("//atom:link[@rel='related']/@title") == title)
    }

    /// `<` joined by a combining mark is one Swift `Character`, but still a `<` to an HTML
    /// parser: escaping must look at code points, not grapheme clusters.
    @Test(arguments: FeedFormat.xmlCases)
    func markupCharactersWithACombiningMarkAreStillEscaped(format: FeedFormat) throws {
        let summary = "<\u{301}b>x &\u{200D}amp; >\u{FE0F}"
        let feed = try Rendered(format, Sample.feed([Sample.entry(summary: summary)]))
        let path = format == .rss ? "//item/description" : "//atom:entry/atom:summary"
        #expect(feed.xml.string(path) == "&lt;\u{301}b&gt;x &amp;\u{200D}amp; &gt;\u{FE0F}")
    }

    static let illegal = "a\u{1}b\u{8}c\u{B}d\u{1F}e\u{FFFE}f\u{FFFF}g"

    @Test(arguments: FeedFormat.xmlCases)
    func illegalCharactersAreRemovedFromText(format: FeedFormat) throws {
        let feed = try Rendered(format, Sample.feed([Sample.entry(title: Self.illegal)], title: Self.illegal))
        let entryTitle = format == .rss ? "/rss/channel/item/title" : "/atom:feed/atom:entry/atom:title"
        let feedTitle = format == .rss ? "/rss/channel/title" : "/atom:feed/atom:title"
        #expect(feed.xml.string(entryTitle) == "abcdefg")
        #expect(feed.xml.string(feedTitle) == "abcdefg")
    }

    @Test(arguments: FeedFormat.xmlCases)
    func illegalCharactersAreRemovedFromAttributes(format: FeedFormat) throws {
        let related = FeedEntry.RelatedLink(url: "https://news.example.com/other", title: Self.illegal)
        let feed = try Rendered(format, Sample.feed([Sample.entry(related: [related])]))
        #expect(feed.xml.string("//atom:link[@rel='related']/@title") == "abcdefg")
    }

    @Test(arguments: FeedFormat.xmlCases)
    func deleteAndC1ControlsAreRemoved(format: FeedFormat) throws {
        let feed = try Rendered(format, Sample.feed([Sample.entry(title: "a\u{7F}b\u{80}c\u{85}d\u{9F}e")]))
        let title = format == .rss ? "//item/title" : "//atom:entry/atom:title"
        #expect(feed.xml.string(title) == "abcde")
    }

    @Test(arguments: FeedFormat.xmlCases)
    func charactersBesideTheRemovedRangesAreKept(format: FeedFormat) throws {
        let kept = "\u{20}~\u{A0}£\u{D7FF}\u{E000}\u{FFFD}\u{10000}\u{10FFFF}"
        let feed = try Rendered(format, Sample.feed([Sample.entry(title: kept)]))
        let title = format == .rss ? "//item/title" : "//atom:entry/atom:title"
        #expect(feed.xml.string(title) == kept)
    }

    @Test(arguments: FeedFormat.xmlCases)
    func embeddedNULIsRemovedWithoutTruncating(format: FeedFormat) throws {
        let feed = try Rendered(format, Sample.feed([Sample.entry(title: "before\u{0}after", summary: "one\u{0}two")]))
        let title = format == .rss ? "//item/title" : "//atom:entry/atom:title"
        let summary = format == .rss ? "//item/description" : "//atom:entry/atom:summary"
        #expect(feed.xml.string(title) == "beforeafter")
        #expect(feed.xml.string(summary) == "onetwo")
    }

    @Test(arguments: FeedFormat.xmlCases)
    func tabLineFeedAndCarriageReturnAreKeptInText(format: FeedFormat) throws {
        let feed = try Rendered(format, Sample.feed([Sample.entry(title: "a\tb\nc\rd")]))
        let title = format == .rss ? "//item/title" : "//atom:entry/atom:title"
        #expect(feed.xml.string(title) == "a\tb\nc\rd")
    }

    @Test(arguments: FeedFormat.xmlCases)
    func tabLineFeedAndCarriageReturnAreKeptInAttributes(format: FeedFormat) throws {
        let related = FeedEntry.RelatedLink(url: "https://news.example.com/other", title: "a\tb\nc\rd")
        let feed = try Rendered(format, Sample.feed([Sample.entry(related: [related])]))
        // Written as character references: raw ones would be normalised to spaces by a parser.
        #expect(feed.text.contains(#"title="a&#9;b&#10;c&#13;d""#))
        #expect(feed.xml.string("//atom:link[@rel='related']/@title") == "a\tb\nc\rd")
    }

    @Test(arguments: FeedFormat.xmlCases)
    func nonASCIIInAttributesIsWrittenAsUTF8(format: FeedFormat) throws {
        let title = "Café – Zürich 東京 😀"
        let related = FeedEntry.RelatedLink(url: "https://news.example.com/other", title: title)
        let feed = try Rendered(format, Sample.feed([Sample.entry(related: [related])]))
        #expect(feed.text.contains(#"title="\#(title)""#))
        #expect(!feed.text.contains("&#"))
        #expect(feed.xml.string("//atom:link[@rel='related']/@title") == title)
    }

    @Test(arguments: FeedFormat.xmlCases)
    func nonASCIIInTextIsWrittenAsUTF8(format: FeedFormat) throws {
        let title = "Café – Zürich 東京 😀"
        let feed = try Rendered(format, Sample.feed([Sample.entry(title: title)]))
        #expect(feed.text.contains(">\(title)</title>"))
        #expect(!feed.text.contains("&#"))
    }

    @Test(arguments: FeedFormat.xmlCases)
    func documentDeclaresUTF8(format: FeedFormat) throws {
        let feed = try Rendered(format, Sample.feed())
        #expect(feed.text.hasPrefix(#"<?xml version="1.0" encoding="UTF-8"?>"# + "\n"))
    }
}
