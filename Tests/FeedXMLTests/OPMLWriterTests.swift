@testable import FeedModel
@testable import FeedXML
import Testing
import TestSupport

/// OPML 2.0 subscription lists (http://opml.org/spec2.opml), parsed back with libxml2.
@Suite struct OPMLWriterTests {
    static let goldenFiles = ["emptyIndex.opml", "index.opml", "providers.opml", "topics.opml"]

    private func render(_ listings: [FeedListing], _ grouping: OPMLWriter.Grouping = .byKind,
                        dateModified: Timestamp = GoldenListings.newest) throws -> (text: String, xml: ParsedXML) {
        let bytes = try OPMLWriter().render(title: "feedpub", listings: listings, grouping: grouping, dateModified: dateModified)
        return (String(decoding: bytes, as: UTF8.self), try ParsedXML(bytes))
    }

    @Test func rootIsVersion2WithTitleAndDocs() throws {
        let opml = try render(GoldenListings.index)
        #expect(opml.text.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\">\n"))
        #expect(opml.xml.string("/opml/head/title") == "feedpub")
        #expect(opml.xml.string("/opml/head/docs") == "http://opml.org/spec2.opml")
    }

    @Test func dateModifiedIsTheGivenTimeInRFC822() throws {
        let opml = try render(GoldenListings.index, dateModified: Timestamp(iso8601: "2021-07-01T17:37:00+05:30")!)
        #expect(opml.text.contains("<dateModified>Thu, 01 Jul 2021 12:07:00 +0000</dateModified>"))
    }

    @Test func dateModifiedIsOmittedAtTheEpoch() throws {
        let opml = try render(GoldenListings.empty, dateModified: .epoch)
        #expect(opml.xml.count("//dateModified") == 0)
    }

    @Test func subscriptionCarriesTypeTextTitleAndBothURLs() throws {
        let opml = try render([GoldenListings.providers[1]], .flat)
        #expect(opml.text.contains("""
            <outline type="rss" version="RSS" text="Neue Zürcher Zeitung" title="Neue Zürcher Zeitung — feedpub" \
            description="The newest articles from Neue Zürcher Zeitung, via feedpub" \
            xmlUrl="https://feeds.example.org/providers/neue-zurcher-zeitung/rss.xml" htmlUrl="https://www.nzz.ch/"/>
            """))
    }

    @Test func byKindPutsEverythingFirstThenTopicAndProviderFolders() throws {
        let opml = try render(GoldenListings.index)
        #expect(opml.xml.strings("/opml/body/outline", "@text") == ["feedpub", "Topics", "Providers"])
        #expect(opml.xml.string("/opml/body/outline[1]/@xmlUrl") == "https://feeds.example.org/rss.xml")
        #expect(opml.xml.count("/opml/body/outline[@text='Topics' or @text='Providers'][@type or @xmlUrl]") == 0)
        #expect(opml.xml.count("/opml/body/outline/outline[not(@type='rss' and @xmlUrl and @htmlUrl and @text and @title)]") == 0)
    }

    @Test func foldersKeepTheOrderGiven() throws {
        let reversed = Array(GoldenListings.topics.reversed())
        let opml = try render(reversed + GoldenListings.providers)
        #expect(opml.xml.strings("/opml/body/outline[@text='Topics']/outline", "@text") == reversed.map(\.name))
        #expect(opml.xml.strings("/opml/body/outline[@text='Providers']/outline", "@text") == ["blog.example.net", "Neue Zürcher Zeitung"])
    }

    @Test func flatListsEveryFeedAtTheTopInTheOrderGiven() throws {
        let opml = try render(GoldenListings.providers + GoldenListings.topics, .flat)
        #expect(opml.xml.strings("/opml/body/outline", "@xmlUrl") == (GoldenListings.providers + GoldenListings.topics).map(\.rssURL))
        #expect(opml.xml.count("//outline/outline") == 0)
    }

    @Test func emptyAxesGetNoFolder() throws {
        let opml = try render([GoldenListings.all] + GoldenListings.providers)
        #expect(opml.xml.strings("/opml/body/outline", "@text") == ["feedpub", "Providers"])
    }

    @Test func noListingsGiveAnEmptyBody() throws {
        let opml = try render([], .flat)
        #expect(opml.xml.count("/opml/body") == 1)
        #expect(opml.xml.count("//outline") == 0)
    }

    @Test func ampersandAnglesAndQuotesInNamesAreEscapedAndReadBack() throws {
        let opml = try render([GoldenListings.topics[1]], .flat)
        #expect(opml.text.contains(#"text="AT&amp;T &lt;Labs&gt; &quot;Research&quot;""#))
        #expect(opml.xml.string("//outline/@text") == #"AT&T <Labs> "Research""#)
        #expect(opml.xml.string("//outline/@description") == #"The newest articles on AT&T <Labs> "Research", from feedpub"#)
    }

    @Test func titleIsEscapedAndControlCharactersRemoved() throws {
        let bytes = try OPMLWriter().render(title: "R&D\u{1} <feeds>", listings: [], grouping: .flat, dateModified: .epoch)
        #expect(try ParsedXML(bytes).string("/opml/head/title") == "R&D <feeds>")
    }

    @Test func listingOfAPlanCountsItsEntries() {
        let header = FeedHeader(kind: .topic("AI"), title: "AI — feedpub", subtitle: "About AI", directory: "topics/ai",
                                baseURL: "https://x.org/", homeURL: "https://x.org/", language: nil, updated: GoldenListings.newest,
                                generator: Sample.generator)
        let plan = FeedPlan(header: header, entryIndices: [4, 2, 9])
        let listing = FeedListing(plan, formats: [.rss, .atom])
        #expect(listing == FeedListing(header: header, formats: [.rss, .atom], entryCount: 3))
    }

    // MARK: golden files

    @Test(arguments: goldenFiles)
    func goldenFileParsesBack(name: String) throws {
        let bytes = try #require(try ResourceFolder.snapshots.bytes(name), "Snapshots/\(name) is missing")
        let xml = try ParsedXML(bytes)
        #expect(xml.string("/opml/@version") == "2.0")
    }

    @Test func indexGroupsEveryFeed() throws {
        try check(title: "feedpub — every feed", GoldenListings.index, .byKind, named: "index.opml")
    }

    @Test func topicsListsTheTopicFeeds() throws {
        try check(title: "feedpub — topics", GoldenListings.topics, .flat, named: "topics.opml")
    }

    @Test func providersListsTheProviderFeeds() throws {
        try check(title: "feedpub — providers", GoldenListings.providers, .flat, named: "providers.opml")
    }

    @Test func emptyIndexHoldsTheEmptyFeedOfEverything() throws {
        try check(title: "feedpub — every feed", GoldenListings.empty, .byKind, named: "emptyIndex.opml")
    }

    /// Matches the golden file, and a second rendering gives the same bytes.
    private func check(title: String, _ listings: [FeedListing], _ grouping: OPMLWriter.Grouping, named name: String,
                       sourceLocation: SourceLocation = #_sourceLocation) throws {
        let newest = listings.map(\.updated).max() ?? .epoch
        let bytes = try OPMLWriter().render(title: title, listings: listings, grouping: grouping, dateModified: newest)
        _ = try ParsedXML(bytes)
        try Snapshot.assertMatches(bytes, named: name, in: .snapshots, sourceLocation: sourceLocation)
        let again = try OPMLWriter().render(title: title, listings: listings, grouping: grouping, dateModified: newest)
        #expect(again == bytes, "rendering twice gave different bytes", sourceLocation: sourceLocation)
    }
}
