@testable import FeedModel
@testable import FeedXML
import Testing
import TestSupport

/// The index page, parsed back with libxml2's HTML parser and queried with XPath.
@Suite struct HTMLIndexWriterTests {
    static let goldenFiles = ["emptyIndex.html"]
    /// The index page of feedpubTests' golden tree, which the command writes with this writer.
    static let treeIndex = "expected/index.html"
    static let treeFixtures = ResourceFolder(sourceOf: "feedpubTests", "Fixtures")
    static let opmlURL = Sample.base + "index.opml"

    private func render(_ listings: [FeedListing] = GoldenListings.index, language: String? = nil,
                        opmlURL: String? = nil) throws -> (text: String, html: ParsedXML) {
        let bytes = try HTMLIndexWriter().render(siteTitle: "feedpub", listings: listings, language: language, opmlURL: opmlURL)
        return (String(decoding: bytes, as: UTF8.self), try ParsedHTML(bytes).xml)
    }

    @Test func startsWithTheHTML5DoctypeAndNoXMLDeclaration() throws {
        let page = try render()
        #expect(page.text.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"))
        #expect(!page.text.contains("<?xml"))
    }

    @Test func voidElementsHaveNoEndTagAndNothingSelfCloses() throws {
        let page = try render(opmlURL: Self.opmlURL)
        #expect(!page.text.contains("</meta>"))
        #expect(!page.text.contains("</link>"))
        #expect(!page.text.contains("/>"))
    }

    @Test func headHasViewportTitleAndStyle() throws {
        let page = try render()
        #expect(page.html.string("/html/head/meta[@name='viewport']/@content") == "width=device-width, initial-scale=1")
        #expect(page.html.string("/html/head/title") == "Feeds — feedpub")
        #expect(page.html.count("/html/head/style") == 1)
    }

    @Test func discoveryLinksAreForTheFeedOfEverythingOnly() throws {
        let page = try render()
        #expect(page.html.strings("/html/head/link[@rel='alternate']", "@type") == ["application/rss+xml", "application/atom+xml"])
        #expect(page.html.strings("/html/head/link[@rel='alternate']", "@href")
                == ["https://feeds.example.org/rss.xml", "https://feeds.example.org/atom.xml"])
        #expect(page.html.string("/html/head/link[@type='application/rss+xml']/@title") == "feedpub (RSS)")
    }

    @Test func opmlIsLinkedWhenGiven() throws {
        let page = try render(opmlURL: Self.opmlURL)
        #expect(page.html.string("/html/head/link[@type='text/x-opml']/@href") == Self.opmlURL)
        #expect(page.html.string("//header//a[@type='text/x-opml']/@href") == Self.opmlURL)
        #expect(try render().html.count("//*[@type='text/x-opml']") == 0)
    }

    @Test func sectionsHoldOneRowPerFeedInTheOrderGiven() throws {
        let reversed = Array(GoldenListings.topics.reversed())
        let page = try render([GoldenListings.all] + reversed + GoldenListings.providers)
        #expect(page.html.strings("//main/section", "@id") == ["all", "topics", "providers"])
        #expect(page.html.strings("//section[@id='all']//tbody/tr/th") == ["feedpub"])
        #expect(page.html.strings("//section[@id='topics']//tbody/tr/th") == reversed.map(\.name))
        #expect(page.html.strings("//section[@id='providers']//tbody/tr/th") == ["blog.example.net", "Neue Zürcher Zeitung"])
    }

    @Test func rowShowsCountAndNewestEntryInUTC() throws {
        let page = try render()
        let row = "//section[@id='topics']//tbody/tr[1]"
        #expect(page.html.string(row + "/td[1]") == "12 entries")
        #expect(page.html.string(row + "/td[2]/time/@datetime") == "2021-07-02T08:00:05Z")
        #expect(page.html.string(row + "/td[2]/time") == "2021-07-02 08:00 UTC")
        #expect(page.html.string("//section[@id='topics']//tbody/tr[2]/td[1]") == "1 entry")
    }

    @Test func feedWithoutEntriesShowsADashAndNoTime() throws {
        let page = try render(GoldenListings.empty)
        #expect(page.html.string("//tbody/tr/td[1]") == "0 entries")
        #expect(page.html.string("//tbody/tr/td[2]") == "—")
        #expect(page.html.count("//time") == 0)
    }

    @Test func linksGoToEachFormatAndTheProviderSite() throws {
        let page = try render()
        #expect(page.html.strings("//section[@id='all']//td[@class='links']/a") == ["RSS", "Atom", "JSON"])
        #expect(page.html.strings("//section[@id='all']//td[@class='links']/a", "@href")
                == ["https://feeds.example.org/rss.xml", "https://feeds.example.org/atom.xml", "https://feeds.example.org/feed.json"])
        #expect(page.html.strings("//section[@id='topics']//tr[1]/td[@class='links']/a") == ["RSS", "Atom"])
        #expect(page.html.string("normalize-space(//section[@id='providers']//tr[2]/td[@class='links'])") == "RSS · Atom · www.nzz.ch")
        #expect(page.html.string("//section[@id='providers']//tr[2]/td[@class='links']/a[3]/@href") == "https://www.nzz.ch/")
    }

    @Test func emptyAxesSayNoFeedsYet() throws {
        let page = try render(GoldenListings.empty)
        #expect(page.html.string("//section[@id='topics']/p") == "No topics yet.")
        #expect(page.html.string("//section[@id='providers']/p") == "No providers yet.")
        #expect(page.html.count("//section[@id='topics']//table") == 0)
    }

    @Test func ampersandAnglesAndQuotesInNamesAreEscapedAndReadBack() throws {
        let name = #"AT&T <Labs> "Research""#
        let page = try render()
        #expect(page.text.contains(#"">AT&amp;T &lt;Labs&gt; "Research"</a></th>"#))
        #expect(page.html.string("//section[@id='topics']//tbody/tr[2]/th") == name)
        #expect(page.html.count("//Labs | //labs") == 0)
    }

    /// libxml2 quotes a value holding `"` with `'`, and one holding both with `"` and `&quot;`.
    @Test(arguments: [
        (#"Say "hi" & <b>"#, #"title='Say "hi" &amp; &lt;b&gt; (RSS)'"#),
        (#"Say "hi" & 'bye'"#, #"title="Say &quot;hi&quot; &amp; 'bye' (RSS)""#),
    ])
    func quotesInAttributesNeverEndTheValue(title: String, written: String) throws {
        let all = GoldenListings.listing(.all, "", title: title, description: "", count: 1, updated: GoldenListings.newest)
        let page = try render([all])
        #expect(page.text.contains(written))
        #expect(page.html.string("//head/link[1]/@title") == title + " (RSS)")
        #expect(page.html.count("//b") == 0)
    }

    @Test func feedLanguageMarksTheFeedNames() throws {
        let page = try render(language: "de-CH")
        #expect(page.html.string("/html/@lang") == "en")
        #expect(page.html.strings("//tbody", "@lang") == ["de-CH", "de-CH", "de-CH"])
        #expect(try render().html.count("//tbody[@lang]") == 0)
    }

    @Test func onlyTheInlineFilterScriptNoExternalResources() throws {
        let page = try render(opmlURL: Self.opmlURL)
        #expect(page.html.count("//script") == 1)
        #expect(page.html.count("//iframe | //img | //*[@src] | //link[@rel='stylesheet']") == 0)
        #expect(page.html.count("//@*[starts-with(name(), 'on')]") == 0)
        #expect(!page.text.contains("@import") && !page.text.contains("url("))
    }

    @Test func longSectionListsTheBusiestThenEveryFeedAToZWithJumpLinks() throws {
        let names = ["zeta", "Alpha", "beta", "Ärzte", "9 to 5", "日本", "gamma", "delta", "eta", "theta", "iota", "kappa"]
        let topics = names.enumerated().map { index, name in
            GoldenListings.listing(.topic(name), "topics/t\(index)", title: "\(name) — feedpub", description: "",
                                   count: index + 1, updated: GoldenListings.newest)
        }
        let page = try render(HTMLIndexWriter.busiestFirst([GoldenListings.all] + topics))
        let tables = "//section[@id='topics']/table"
        #expect(page.html.count(tables) == 2)
        #expect(page.html.strings(tables + "[1]/tbody/tr/th") == Array(names.reversed().prefix(HTMLIndexWriter.busiestCount)))
        #expect(page.html.strings(tables + "[2]/tbody/tr/th")
                == ["9 to 5", "日本", "Alpha", "Ärzte", "beta", "delta", "eta", "gamma", "iota", "kappa", "theta", "zeta"])
        #expect(page.html.strings("//section[@id='topics']/nav/a") == ["#", "A", "B", "D", "E", "G", "I", "K", "T", "Z"])
        for target in page.html.strings("//section[@id='topics']/nav/a", "@href") {
            #expect(page.html.count("//tr[@id='\(target.dropFirst())']") == 1, "\(target) leads nowhere")
        }
        #expect(page.html.strings("//tr[@id]", "@id").count == Set(page.html.strings("//tr[@id]", "@id")).count)
    }

    @Test func filterBoxIsHiddenUntilTheScriptShowsIt() throws {
        let page = try render()
        #expect(page.html.count("//p[@id='filter' and @hidden]//input[@type='search']") == 1)
        #expect(page.html.string("//section[@id='topics']//tbody/tr[1]/th/a/@href") == Sample.base + "topics/ai/index.html")
    }

    @Test func hostOfAURLIsWhatIsShown() {
        #expect(HTMLIndexWriter.host(of: "https://www.nzz.ch/") == "www.nzz.ch")
        #expect(HTMLIndexWriter.host(of: "http://example.com:8080?x") == "example.com:8080")
        #expect(HTMLIndexWriter.host(of: "not a url") == "not a url")
    }

    @Test func noncharactersAreRemoved() {
        // Swift rejects noncharacters in literals, so they are built from their code points.
        let text = ["a", 0xFDD0, "b", 0x1FFFE, "c", 0x1, "d"].map { part in
            (part as? String) ?? String(Unicode.Scalar(part as! Int)!)
        }.joined()
        #expect(HTMLText.clean(text) == "abcd")
    }

    // MARK: golden files

    @Test(arguments: goldenFiles + [treeIndex])
    func goldenFileParsesBack(name: String) throws {
        let folder = name == Self.treeIndex ? Self.treeFixtures : .snapshots
        let bytes = try #require(try folder.bytes(name), "\(folder.name)/\(name) is missing")
        // The golden tree's articles have languages: its index has a Languages section.
        #expect(try ParsedHTML(bytes).xml.count("/html/body/main/section") == (name == Self.treeIndex ? 4 : 3))
    }

    /// Compared with the golden tree's page, which the tree test records.
    @Test func indexListsEveryFeed() throws {
        try check(TreeListings.all, language: nil, opmlURL: TreeListings.opmlURL, named: Self.treeIndex,
                  in: Self.treeFixtures, records: false)
    }

    @Test func emptyIndexBeforeAnyArticle() throws {
        try check(GoldenListings.empty, language: nil, opmlURL: nil, named: "emptyIndex.html")
    }

    /// Matches the golden file, and a second rendering gives the same bytes.
    private func check(_ listings: [FeedListing], language: String?, opmlURL: String?, named name: String,
                       in folder: ResourceFolder = .snapshots, records: Bool = true,
                       sourceLocation: SourceLocation = #_sourceLocation) throws {
        let bytes = try HTMLIndexWriter().render(siteTitle: "feedpub", listings: listings, language: language, opmlURL: opmlURL)
        _ = try ParsedHTML(bytes)
        try Snapshot.assertMatches(bytes, named: name, in: folder, records: records, sourceLocation: sourceLocation)
        let again = try HTMLIndexWriter().render(siteTitle: "feedpub", listings: listings, language: language, opmlURL: opmlURL)
        #expect(again == bytes, "rendering twice gave different bytes", sourceLocation: sourceLocation)
    }
}
