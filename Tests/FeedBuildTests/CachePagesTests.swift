import Foundation
import Testing
@testable import FeedBuild

/// A mapped cache file's pages are given back while its inputs are decoded, not only after.
@Suite("Cache pages")
struct CachePagesTests {
    /// A cache of `count` inputs, each rejected with a reason of about 100 bytes, as a file in `folder`.
    private func cacheFile(inputs count: Int, in folder: FolderPath) throws -> (path: String, bytes: [UInt8]) {
        var cache = ArticleCache()
        let version = FileVersion(size: 1, modifiedNanoseconds: 2, changedNanoseconds: 3, inode: 4)
        let reason = String(repeating: "no title ", count: 11)
        cache.index.records = (0..<count).map { ArticleIndex.Record(path: "\($0).md", version: version, isSettled: true, outcome: .rejected(reason)) }
        let bytes = cache.encoded(identity: "feedpub 1")
        let path = folder.appending("cache")
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return (path, bytes)
    }

    /// The resident KB of the mapping that starts at `address` (Linux's /proc/self/smaps).
    private func residentKB(ofMappingAt address: UnsafeRawPointer) throws -> Int {
        let start = String(UInt(bitPattern: address), radix: 16)
        // Read to the end: /proc's files have no size for Foundation to read up to.
        let smaps = try #require(FileHandle(forReadingAtPath: "/proc/self/smaps")).readDataToEndOfFile()
        let lines = String(decoding: smaps, as: UTF8.self).split(separator: "\n")
        let first = try #require(lines.firstIndex { $0.hasPrefix(start + "-") })
        let rss = try #require(lines[first...].first { $0.hasPrefix("Rss:") })
        return try #require(Int(rss.split(separator: " ", omittingEmptySubsequences: true)[1]))
    }

    @Test("decoding tells how far it got, in order, and a cache whose pages were dropped on the way reads the same")
    func decodingTellsItsProgress() throws {
        try withTemporaryFolder { folder in
            let (path, bytes) = try cacheFile(inputs: 2 * ArticleCache.inputsBetweenProgress + 1, in: folder)
            let file = try #require(MappedFile(path))
            let (record, rest) = try #require(ArticleCache.decodingRecord(file.bytes, identity: "feedpub 1"))
            var offsets: [Int] = []
            let decoded = ArticleCache(decodingInputs: file.bytes, from: rest, record: record) { offset in
                offsets.append(offset)
                file.dropPages(before: offset)
            }
            #expect(offsets.count == 3 && offsets == offsets.sorted() && offsets[0] > rest && offsets[2] > bytes.count / 2)
            #expect(decoded?.encoded(identity: "feedpub 1") == bytes)
        }
    }

    /// 11 MB: the kernel may map a fresh file's page cache 2 MB at a time, so that the part
    /// still being read keeps up to 2 MB resident.
    @Test("a cache file's inputs decoded leave few of its pages resident")
    func inputsLeaveFewPagesResident() throws {
        try withTemporaryFolder { folder in
            let (path, bytes) = try cacheFile(inputs: 100_000, in: folder)
            let store = try #require(MappedFile(path))
            let (record, rest) = try #require(ArticleCache.decodingRecord(store.bytes, identity: "feedpub 1"))
            let file = CacheFile(file: store, record: record, rest: rest)
            let decoded = try #require(file.inputs())
            #expect(decoded.index.records.count == 100_000)
            #expect(try residentKB(ofMappingAt: try #require(store.bytes.baseAddress)) < bytes.count / 1024 / 2)
        }
    }
}
