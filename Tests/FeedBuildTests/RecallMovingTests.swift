import Foundation
import FeedModel
import Testing
@testable import FeedBuild

/// Pass 1 moves the records it recalls out of the last index instead of copying them (a copy
/// retained each record's path and summary: a third of a watch's rebuild at a million
/// articles). What it leaves behind must still serve a watch's catalog update, which reads the
/// records of the files that changed or went.
@Suite("Recalling by moving records")
struct RecallMovingTests {
    private let version = FileVersion(size: 10, modifiedNanoseconds: 1_000, changedNanoseconds: 1_000, inode: 1)

    private func record(_ name: String, _ version: FileVersion) -> ArticleIndex.Record {
        let summary = ArticleSummary(sourcePath: name, url: "https://news.example.com/\(name)", publishedAt: Timestamp(secondsSinceEpoch: 1_700_000_000),
                                     topics: ["Chips"], providerName: "Insider", providerDomain: nil)
        return ArticleIndex.Record(path: name, version: version, isSettled: true, outcome: .article(summary, warnings: []))
    }

    @Test("recalled records move into the new index; a changed file's and a gone file's stay in the old one for the catalog")
    func movesRecalledLeavesTheRest() {
        let changed = FileVersion(size: 11, modifiedNanoseconds: 2_000, changedNanoseconds: 2_000, inode: 1)
        var previous = ArticleIndex(records: ["a.md", "b.md", "c.md", "d.md"].map { record($0, version) }, keywords: [])
        let files = [InputFolder.File(path: "a.md", version: version), InputFolder.File(path: "b.md", version: changed),
                     InputFolder.File(path: "bb.md", version: version), InputFolder.File(path: "d.md", version: version)]
        let (records, toRead, from) = previous.recalled(files, keywords: KeywordList(), settled: nil)

        #expect(records.map(\.path) == ["a.md", "b.md", "bb.md", "d.md"])
        #expect(toRead == [1, 2])
        #expect(from == [0, -1, -1, 3])
        #expect(records[0].publishedSeconds == 1_700_000_000 && records[3].publishedSeconds == 1_700_000_000)
        // Left behind: vacant places for a.md and d.md; b.md (changed) and c.md (gone) as they were.
        #expect(previous.records.map(\.path) == ["", "b.md", "c.md", ""])
        #expect(previous.records.map(\.outcome.isArticle) == [false, true, true, false])
    }

    @Test("a recalled record and its summary take the listing's own path string, so that the cache's copies are freed")
    func recalledRecordsShareTheListingsPaths() {
        // Longer than 15 bytes, so each is a string of its own storage.
        let names = ["2026/12/first-article.md", "2026/12/second-article.md"]
        var previous = ArticleIndex(records: names.map { record(String(decoding: Array($0.utf8), as: UTF8.self), version) }, keywords: [])
        let files = names.map { InputFolder.File(path: String(decoding: Array($0.utf8), as: UTF8.self), version: version) }
        #expect(!previous.records[0].path.isSameStorage(as: files[0].path))
        let (records, _, _) = previous.recalled(files, keywords: KeywordList(), settled: nil)
        for (record, file) in zip(records, files) {
            guard case let .article(summary, _) = record.outcome else {
                Issue.record("\(file.path) lost its article")
                continue
            }
            #expect(record.path.isSameStorage(as: file.path) && summary.sourcePath.isSameStorage(as: file.path))
            #expect(summary.url == "https://news.example.com/\(file.path)" && summary.topics == ["Chips"])
        }
    }

    @Test("pass 1 drops the last index's records of files changed or gone, unless a watch's catalog update reads them")
    func unrecalledRecordsDroppedUnlessKept() throws {
        try withTemporaryFolder { folder in
            let input = FolderPath(folder.appending("in"))
            for (slug, day) in [("a", 1), ("b", 2), ("c", 3)] { try write(article(slug, day: day), to: "\(slug).md", in: input) }
            let reading = ArticleReading(input: input)
            let first = reading.read(try InputFolder(root: input).list(), recalling: ArticleIndex())
            try write(article("b", topics: ["Phones"], day: 4), to: "b.md", in: input)
            try FileManager.default.removeItem(atPath: input.appending("c.md"))
            let listing = try InputFolder(root: input).list()
            for keeping in [true, false] {
                var previous = first.index
                let read = reading.read(listing, recalling: &previous, keepingUnrecalled: keeping)
                #expect(read.index.records.map(\.path) == ["a.md", "b.md"] && read.articleCount == 2)
                if keeping {
                    #expect(Set(previous.records.map(\.path)).isSuperset(of: ["b.md", "c.md"]), "kept for the catalog's update")
                } else {
                    #expect(previous.records.isEmpty)
                }
            }
        }
    }

    @Test("an index another value shares is copied once and left whole for it: value semantics hold")
    func sharedIndexStaysWhole() {
        let kept = ArticleIndex(records: ["a.md", "b.md"].map { record($0, version) }, keywords: [])
        var previous = kept
        let files = ["a.md", "b.md"].map { InputFolder.File(path: $0, version: version) }
        let (records, toRead, _) = previous.recalled(files, keywords: KeywordList(), settled: nil)
        #expect(records.map(\.path) == ["a.md", "b.md"] && toRead.isEmpty)
        #expect(kept.records.map(\.path) == ["a.md", "b.md"])
        #expect(kept.records.allSatisfy { $0.outcome.isArticle })
    }
}
