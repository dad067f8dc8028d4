import Testing
@testable import FeedModel

/// The site's keyword list and the per-article bits pass 1 keeps instead of the text.
@Suite("Custom feeds: keyword bits")
struct KeywordListTests {
    static func list(_ any: [String], _ none: [String] = []) -> KeywordList {
        var feed = CustomFeed(slug: "x", title: "X")
        feed.selection.keywordsAny = any
        feed.selection.keywordsNone = none
        return KeywordList([feed])
    }

    @Test func bitsAreTheMatchingKeywordsPositions() {
        let keywords = Self.list(["chip", "日銀", "Data  Centre"], ["sponsored"])
        #expect(keywords.folded == ["chip", "data centre", "sponsored", "日銀"])
        let bits = keywords.matches(title: "日銀 buys chips", excerpt: "A data centre\nsponsored")
        #expect((0..<4).filter(bits.contains) == [1, 2, 3])
        #expect(keywords.matches(title: "Nothing", excerpt: nil).words.isEmpty)
    }

    @Test func masksIntersectOnlySharedKeywords() {
        let keywords = Self.list(["chip", "sponsored"])
        let bits = keywords.matches(title: "Sponsored", excerpt: nil)
        #expect(bits.intersects(keywords.mask(["SPONSORED"])) && !bits.intersects(keywords.mask(["chip"])))
        #expect(keywords.mask(["not a keyword"]).isEmpty)
    }

    @Test func bitsBeyondSixtyFourKeywords() {
        let keywords = Self.list((0..<100).map { "k\($0)" })
        let position = keywords.folded.firstIndex(of: "k99")!
        let bits = keywords.matches(title: "k99", excerpt: nil)
        #expect(bits.contains(position) && bits.words.count == position / 64 + 1 && bits.intersects(keywords.mask(["k99"])))
    }

    @Test func renumberedOnlyWhenNoKeywordWasAdded() throws {
        let old = Self.list(["alpha", "beta", "gamma"])
        let bits = old.matches(title: "gamma alpha", excerpt: nil)
        let fewer = Self.list(["gamma", "alpha"])
        let positions = try #require(fewer.positions(in: old.folded))
        #expect(bits.remapped(positions) == fewer.matches(title: "gamma alpha", excerpt: nil))
        #expect(Self.list(["alpha", "delta"]).positions(in: old.folded) == nil)
        #expect(old.positions(in: old.folded) == [0, 1, 2])
    }
}
