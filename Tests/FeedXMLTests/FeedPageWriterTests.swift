@testable import FeedModel
@testable import FeedXML
import Testing
import TestSupport

/// A feed's own page, parsed back with libxml2's HTML parser and queried with XPath.
@Suite struct FeedPageWriterTests {
    static let image = FeedEntry.Image(url: "https://news.example.com/solar.jpg", width: 800, height: 450, mimeType: "image/jpeg")

    private func render(_ entries: [FeedEntry] = [Sample.entry(images: [image], leadIndex: 0)], language: String? = nil,
                        formats: Set<FeedFormat> = Set(FeedFormat.allCases)) throws -> (text: String, html: ParsedXML) {
        var header = Sample.feed(entries, title: "AI — feedpub", subtitle: "The newest articles on AI", directory: "topics/ai",
                                 language: language).header
        header.kind = .topic("AI")
        let bytes = try FeedPageWriter().render(header, entries: entries, formats: formats, siteTitle: "feedpub",
                                                siteIndexURL: Sample.base + "index.html")
        return (String(decoding: bytes, as: UTF8.self), try ParsedHTML(bytes).xml)
    }

    @Test func pageLivesBesideTheFeedFilesAndTheFeedOfEverythingsInAll() {
        #expect(Sample.feed(directory: "topics/ai").header.pagePath == "topics/ai/index.html")
        #expect(Sample.feed().header.pagePath == "all/index.html")
        #expect(Sample.feed().header.pageURL == Sample.base + "all/index.html")
    }

    @Test func headDiscoversEveryFormatWritten() throws {
        let page = try render()
        #expect(page.text.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">\n"))
        #expect(page.html.string("/html/head/title") == "AI — feedpub")
        #expect(page.html.string("/html/head/meta[@name='viewport']/@content") == "width=device-width, initial-scale=1")
        #expect(page.html.strings("/html/head/link[@rel='alternate']", "@href")
                == ["rss.xml", "atom.xml", "feed.json"].map { Sample.base + "topics/ai/" + $0 })
        let atomOnly = try render(formats: [.atom])
        #expect(atomOnly.html.strings("//link[@rel='alternate'] | //nav//a", "@href") == [Sample.base + "topics/ai/atom.xml",
                                                                                           Sample.base + "topics/ai/atom.xml"])
        #expect(atomOnly.html.string("//input/@value") == Sample.base + "topics/ai/atom.xml")
    }

    @Test func entryShowsLeadImageTitleLinkProviderDateAndSummary() throws {
        let page = try render()
        let article = "//main/article[1]"
        #expect(page.html.string(article + "/img/@src") == Self.image.url)
        #expect(page.html.string(article + "/img/@alt") == "")
        #expect(page.html.string(article + "/img/@width") == "800")
        #expect(page.html.string(article + "/h2/a/@href") == "https://news.example.com/2021/07/solar-farm")
        #expect(page.html.string(article + "/h2/a") == "Solar farm opens")
        #expect(page.html.string(article + "/p[@class='meta']") == "Example News · 2021-07-01 12:07 UTC")
        #expect(page.html.string(article + "/p[@class='summary']") == "A short excerpt.")
        #expect(try render([Sample.entry()]).html.count("//img") == 0)
    }

    @Test func everyImageHasAnAltAndNoScriptRuns() throws {
        let page = try render(Array(repeating: Sample.entry(images: [Self.image], leadIndex: 0), count: 30))
        #expect(page.html.count("//article") == FeedPageWriter.entryLimit)
        #expect(page.html.count("//img[not(@alt)]") == 0)
        #expect(page.html.count("//script | //@*[starts-with(name(), 'on')]") == 0)
    }

    @Test func languageMarksTheFeedsWordsAndMarkupInTextStaysText() throws {
        let page = try render([Sample.entry(title: "<b>Bold</b> & co", summary: "<script>x</script>")], language: "de-CH")
        #expect(page.html.string("/html/@lang") == "en")
        #expect(page.html.string("//main/@lang") == "de-CH")
        #expect(page.html.string("//h1/@lang") == "de-CH")
        #expect(page.html.string("//article/h2/a") == "<b>Bold</b> & co")
        #expect(page.html.count("//b | //script") == 0)
    }
}
