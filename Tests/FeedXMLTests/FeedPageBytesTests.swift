@testable import FeedModel
@testable import FeedXML
import Testing
import TestSupport

/// A feed's page, written in Swift, is the bytes libxml2's HTML tree and serializer give for
/// the same feed, whatever its titles, summaries, authors and URLs hold.
@Suite struct FeedPageBytesTests {
    @Test(arguments: 0..<100)
    func feedPageIsLibxml2s(seed: Int) throws {
        var generator = SplitMix64(seed: UInt64(seed))
        var text = AwkwardText(generator: SplitMix64(seed: UInt64(seed) &+ 1_000_000))
        let entries = (0..<Int.random(in: 0...25, using: &generator)).map { _ in Self.entry(&generator, &text) }
        let kinds: [FeedHeader.Kind] = [.all, .topic(text.next()), .provider(text.next()), .custom(text.next()), .language(text.next())]
        let updated = entries.map(\.updated).max() ?? .epoch
        let header = FeedHeader(kind: kinds.randomElement(using: &generator)!, title: text.next(), subtitle: text.next(),
                                directory: text.next(maxPieces: 2), baseURL: text.next(), homeURL: text.next(),
                                language: Bool.random(using: &generator) ? nil : text.next(maxPieces: 2), updated: updated,
                                generator: Sample.generator)
        let formats = Set(FeedFormat.allCases.filter { _ in Bool.random(using: &generator) })
        let (siteTitle, siteIndexURL) = (text.next(), text.next())
        let page = FeedPageWriter()
        let expected = try page.render(header, entries: entries, formats: formats, siteTitle: siteTitle, siteIndexURL: siteIndexURL,
                                       into: HTMLWriter())
        let written = try page.render(header, entries: entries, formats: formats, siteTitle: siteTitle, siteIndexURL: siteIndexURL)
        let difference = firstDifference(written, expected)
        #expect(difference == nil, "seed \(seed): \(difference ?? "")")
    }

    /// An entry with awkward text everywhere, a lead image (with or without its size) or none.
    private static func entry(_ generator: inout SplitMix64, _ text: inout AwkwardText) -> FeedEntry {
        let images = (0..<Int.random(in: 0...2, using: &generator)).map { _ in
            FeedEntry.Image(url: text.next(), width: Bool.random(using: &generator) ? Int.random(in: 1...2000, using: &generator) : nil,
                            height: Bool.random(using: &generator) ? Int.random(in: 1...2000, using: &generator) : nil, mimeType: nil)
        }
        var entry = Sample.entry(id: text.next(), title: text.next(), summary: Bool.random(using: &generator) ? text.next() : nil,
                                 published: Timestamp(secondsSinceEpoch: Int64.random(in: 0...4_000_000_000, using: &generator)),
                                 author: FeedEntry.Author(name: text.next(), uri: nil), images: images,
                                 leadIndex: images.isEmpty || Bool.random(using: &generator) ? nil : 0)
        entry.link = text.next()
        return entry
    }
}
