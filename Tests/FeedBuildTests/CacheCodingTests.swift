import Foundation
import FeedModel
import Testing
@testable import FeedBuild

/// The cache file's encoding: what is written is read back, and anything else is refused.
@Suite("Cache coding")
struct CacheCodingTests {
    private var cache: ArticleCache {
        var cache = ArticleCache()
        var summary = ArticleSummary(sourcePath: "a.md", url: "https://news.example.com/a", publishedAt: Timestamp(secondsSinceEpoch: 1_700_000_000),
                                     topics: ["Chips", "Zürich"], providerName: "Insider", providerDomain: nil)
        summary.quality = 3
        summary.isPublished = false
        summary.cleaning = [.providerSuffix, .repeatedTitle]
        summary.language = "pt-BR"
        summary.languageIsDeclared = true
        summary.keywords = KeywordBits(words: [0b101, 0, 1 << 63])
        let version = FileVersion(size: 120, modifiedNanoseconds: 1_700_000_000_123_456_789, changedNanoseconds: 1_700_000_001_000_000_007, inode: 42)
        cache.index.records = [
            ArticleIndex.Record(path: "a.md", version: version, isSettled: true, outcome: .article(summary, warnings: ["odd date"])),
            ArticleIndex.Record(path: "b.md", version: version, isSettled: false, outcome: .rejected("no title")),
            ArticleIndex.Record(path: "c.md", version: version, isSettled: false, outcome: .unreadable("cannot open: Permission denied")),
        ]
        cache.index.keywords = (0..<130).map { "keyword \($0)" }
        cache.outputs = ["rss.xml": ArticleCache.Output(fingerprint: .max, version: version, entries: 7),
                         "topics/chips/atom.xml": ArticleCache.Output(fingerprint: 1, version: version, entries: 0)]
        return cache
    }

    @Test("a cache read back encodes to the same bytes")
    func roundTrip() throws {
        let bytes = cache.encoded(identity: "feedpub 1")
        let decoded = try #require(ArticleCache(decoding: bytes, identity: "feedpub 1"))
        #expect(decoded.encoded(identity: "feedpub 1") == bytes)
        #expect(decoded.outputs == cache.outputs)
        guard case let .article(summary, warnings) = decoded.index.records[0].outcome else { Issue.record("not an article"); return }
        #expect(summary.topics == ["Chips", "Zürich"] && summary.quality == 3 && summary.isPublished == false)
        #expect(summary.cleaning == [.providerSuffix, .repeatedTitle])
        #expect(summary.language == "pt-BR" && summary.languageIsDeclared)
        #expect(summary.keywords.words == [0b101, 0, 1 << 63] && decoded.index.keywords == cache.index.keywords)
        #expect(warnings == ["odd date"])
    }

    @Test("a mapped cache file gives the same bytes and the same cache after its pages are dropped")
    func droppedPagesReadAgain() throws {
        try withTemporaryFolder { folder in
            let bytes = cache.encoded(identity: "feedpub 1")
            let path = folder.appending("cache")
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            let file = try #require(MappedFile(path))
            func decoded() throws -> ArticleCache {
                let (record, rest) = try #require(ArticleCache.decodingRecord(file.bytes, identity: "feedpub 1"))
                return try #require(ArticleCache(decodingInputs: file.bytes, from: rest, record: record))
            }
            #expect(try decoded().encoded(identity: "feedpub 1") == bytes)
            file.dropPages()
            #expect(Array(file.bytes) == bytes)
            #expect(try decoded().encoded(identity: "feedpub 1") == bytes)
        }
    }

    @Test("articles sharing topics and providers read back with their own, each text stored once")
    func sharedTexts() throws {
        let version = FileVersion(size: 1, modifiedNanoseconds: 2, changedNanoseconds: 3, inode: 4)
        let topics = [["Cloud Nordics", "Security São Paulo"], [], ["Security São Paulo", "Chips", "Cloud Nordics"]]
        let providers: [(String?, String?)] = [("Light Reading", "lightreading.com"), (nil, nil), ("Light Reading", "lr.example.com")]
        var cache = ArticleCache()
        cache.index.records = (0..<3).map { index in
            var summary = ArticleSummary(sourcePath: "\(index).md", url: "https://example.com/\(index)", publishedAt: Timestamp(secondsSinceEpoch: 0),
                                         topics: topics[index], providerName: providers[index].0, providerDomain: providers[index].1)
            summary.providerLogo = index == 1 ? nil : Article.Image(url: "https://example.com/logo-of-light-reading.png", width: index + 1)
            summary.language = index == 2 ? "a-language-tag-past-15-bytes" : nil
            return ArticleIndex.Record(path: "\(index).md", version: version, isSettled: true, outcome: .article(summary, warnings: []))
        }
        let bytes = cache.encoded(identity: "feedpub 1")
        let decoded = try #require(ArticleCache(decoding: bytes, identity: "feedpub 1"))
        for (index, record) in decoded.index.records.enumerated() {
            guard case let .article(summary, _) = record.outcome, case let .article(original, _) = cache.index.records[index].outcome else {
                Issue.record("not an article")
                continue
            }
            #expect(summary == original)
        }
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.components(separatedBy: "Security São Paulo").count == 2)
        #expect(text.components(separatedBy: "logo-of-light-reading").count == 2)
    }

    @Test("a cache of another binary or input folder is not read")
    func otherIdentity() {
        #expect(ArticleCache(decoding: cache.encoded(identity: "feedpub 1"), identity: "feedpub 2") == nil)
    }

    @Test("a truncated cache is refused at every length")
    func truncated() {
        let bytes = cache.encoded(identity: "feedpub 1")
        for length in 0..<bytes.count {
            #expect(ArticleCache(decoding: Array(bytes.prefix(length)), identity: "feedpub 1") == nil, "length \(length)")
        }
    }

    @Test("trailing bytes, a huge count or a corrupt magic line are refused")
    func corrupt() {
        let bytes = cache.encoded(identity: "feedpub 1")
        #expect(ArticleCache(decoding: bytes + [0], identity: "feedpub 1") == nil)
        var magic = bytes
        magic[1] ^= 0x20
        #expect(ArticleCache(decoding: magic, identity: "feedpub 1") == nil)
        var writer = ByteWriter()
        writer.string(ArticleCache.magic)
        writer.string("feedpub 1")
        writer.uint(.max)
        #expect(ArticleCache(decoding: writer.bytes, identity: "feedpub 1") == nil)
    }
}
