@testable import FeedModel
@testable import FeedXML
import Testing
import TestSupport

/// The index page and the subscription lists, written in Swift, are the bytes libxml2's
/// writers give for the same listings, whatever their names, titles and URLs hold.
@Suite struct SiteDocumentBytesTests {
    @Test(arguments: 0..<100)
    func indexPageIsLibxml2s(seed: Int) throws {
        let site = RandomSite(seed: UInt64(seed))
        let page = HTMLIndexWriter()
        let expected = try page.render(siteTitle: site.title, listings: site.listings, language: site.language,
                                       opmlURL: site.opmlURL, into: HTMLWriter())
        let written = try page.render(siteTitle: site.title, listings: site.listings, language: site.language, opmlURL: site.opmlURL)
        let difference = firstDifference(written, expected)
        #expect(difference == nil, "seed \(seed): \(difference ?? "")")
    }

    @Test(arguments: 0..<100)
    func subscriptionListIsLibxml2s(seed: Int) throws {
        let site = RandomSite(seed: UInt64(seed))
        for grouping in [OPMLWriter.Grouping.byKind, .flat] {
            let writer = OPMLWriter()
            let libxml2 = XMLWriter()
            writer.write(title: site.title, listings: site.listings, grouping: grouping, dateModified: site.newest, libxml2)
            let written = try writer.render(title: site.title, listings: site.listings, grouping: grouping, dateModified: site.newest)
            let difference = firstDifference(written, try libxml2.finish())
            #expect(difference == nil, "seed \(seed), \(grouping): \(difference ?? "")")
        }
    }

    /// ASCII URLs skip Foundation's search for `://` and cutting by characters: same hosts.
    @Test func hostsOfASCIIURLsAreFoundations() {
        var text = AwkwardText(generator: SplitMix64(seed: 7))
        let urls = ["", ":", "://", "a://", "https://www.nzz.ch/", "x:/ /y://z", ":///", "a:\r\n//b://c", "ab:/", "a://b?c", "a://#"]
            + (0..<3000).map { _ in text.next(maxPieces: 8) }.filter { $0.utf8.allSatisfy { $0 < 0x80 } }
        for url in urls {
            #expect(HTMLIndexWriter.host(of: url) == HTMLIndexWriter.hostByCharacters(of: url), "\(url.debugDescription)")
        }
    }

    /// Names starting with printable ASCII skip Foundation's folding: each such start, alone and
    /// before accents, marks that compose, other scripts and spaces, gives folding's initial.
    @Test func asciiInitialsAreFoldingsInitials() {
        let tails = ["", "x", "\u{301}", "\u{338}", "\u{308}a", " b", "日本", "É"]
        for byte in UInt8(0x21)...UInt8(0x7E) {
            for tail in tails {
                let name = String(UnicodeScalar(byte)) + tail
                #expect(HTMLIndexWriter.initial(of: name) == HTMLIndexWriter.foldedInitial(of: name), "\(name.debugDescription)")
            }
        }
        for name in ["", " a", "\u{A0}b", "Ärzte", "ﬀ", "日本", "\u{212A}elvin"] {
            #expect(HTMLIndexWriter.initial(of: name) == HTMLIndexWriter.foldedInitial(of: name), "\(name.debugDescription)")
        }
    }
}

/// A site of up to 40 feeds of every kind, the same for a seed: awkward names, titles,
/// descriptions and URLs, some formats left out, counts of 0, 1 and more, dates or none, and
/// sections short and long enough for an A–Z list; listed busiest first, as the command does.
struct RandomSite {
    let title: String
    let listings: [FeedListing]
    let language: String?
    let opmlURL: String?
    let newest: Timestamp

    init(seed: UInt64) {
        var generator = SplitMix64(seed: seed)
        var text = AwkwardText(generator: SplitMix64(seed: seed &+ 1_000_000))
        title = text.next()
        language = Bool.random(using: &generator) ? nil : text.next(maxPieces: 2)
        opmlURL = Bool.random(using: &generator) ? nil : text.next()
        listings = HTMLIndexWriter.busiestFirst((0..<Int.random(in: 0...40, using: &generator)).map { index in
            Self.listing(index, &generator, &text)
        })
        newest = listings.map(\.updated).max() ?? .epoch
    }

    private static func listing(_ index: Int, _ generator: inout SplitMix64, _ text: inout AwkwardText) -> FeedListing {
        let kinds: [FeedHeader.Kind] = [.topic(text.next(maxPieces: 3)), .provider(text.next(maxPieces: 3)),
                                        .custom(text.next(maxPieces: 2)), .language(["de", "pt-BR", "xx", ""].randomElement(using: &generator)!)]
        let kind = index == 0 && Bool.random(using: &generator) ? .all : kinds.randomElement(using: &generator)!
        let updated = Int.random(in: 0..<5, using: &generator) == 0
            ? Timestamp.epoch : Timestamp(secondsSinceEpoch: Int64.random(in: 0...4_000_000_000, using: &generator))
        let header = FeedHeader(kind: kind, title: text.next(), subtitle: text.next(), directory: "d\(index)/" + text.next(maxPieces: 2),
                                baseURL: Bool.random(using: &generator) ? GoldenListings.base : text.next(), homeURL: text.next(),
                                updated: updated, generator: Sample.generator)
        let formats = Set(FeedFormat.allCases.filter { _ in Int.random(in: 0..<4, using: &generator) != 0 })
        let count = Int.random(in: 0..<3, using: &generator) == 0 ? Int.random(in: 0...1, using: &generator)
            : Int.random(in: 0...60, using: &generator)
        return FeedListing(header: header, formats: formats, entryCount: count)
    }
}
