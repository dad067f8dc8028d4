import FeedModel
import Testing
@testable import FeedBuild

/// Pass 1 keeps keyword bits, not text: the cache remembers the keyword list they are for, a
/// run with the same list reads nothing, one that only removed keywords renumbers the bits,
/// and one that added a keyword reads the articles again (a refused file stays remembered).
@Suite("Custom feeds: keyword bits in the cache")
struct KeywordRecallTests {
    static func keywords(_ any: [String]) -> KeywordList {
        var feed = CustomFeed(slug: "x", title: "X")
        feed.selection.keywordsAny = any
        return KeywordList([feed])
    }

    @Test("an unchanged run with keywords reads nothing; removing one renumbers, adding one reads the articles again")
    func recall() throws {
        try withTemporaryFolder { folder in
            let input = FolderPath(folder.appending("in"))
            try write(article("a"), to: "a.md", in: input)
            try write("no front matter", to: "b.md", in: input)
            let listing = try InputFolder(root: input).list()
            let both = Self.keywords(["article a", "Zebra"])
            let first = ArticleReading(input: input, keywords: both).read(listing, recalling: ArticleIndex())
            #expect(first.summaries.map(\.keywords) == [both.matches(title: "Article a", excerpt: nil)])
            let remembered = RunMemory.remembering(first.index, scanStarted: .max, fingerprints: [:], entryCounts: [:], output: input)
            #expect(remembered.index.keywords == ["article a", "zebra"])
            let cache = try #require(ArticleCache(decoding: remembered.encoded(identity: "t"), identity: "t"))

            #expect(ArticleReading(input: input, keywords: both).read(listing, recalling: cache.index).readCount == 0)
            let fewer = Self.keywords(["ARTICLE A"])
            let renumbered = ArticleReading(input: input, keywords: fewer).read(listing, recalling: cache.index)
            #expect(renumbered.readCount == 0 && renumbered.index.keywords == ["article a"])
            #expect(renumbered.summaries.map(\.keywords) == [fewer.matches(title: "Article a", excerpt: nil)])
            let more = Self.keywords(["article a", "zebra", "chips"])
            let reread = ArticleReading(input: input, keywords: more).read(listing, recalling: cache.index)
            #expect(reread.readCount == 1 && reread.summaries.map(\.keywords) == [more.matches(title: "Article a", excerpt: nil)])
        }
    }
}
