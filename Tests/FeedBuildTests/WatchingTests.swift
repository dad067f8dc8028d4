import Foundation
import Testing
@testable import FeedBuild
#if canImport(Glibc)
import Glibc
#endif

/// The parts of `feedpub watch` that need no process: the debounce, inotify records, batches,
/// and telling added, changed and removed files apart.
@Suite("Watching")
struct WatchingTests {
    @Test("--debounce takes milliseconds or seconds, and nothing past a minute")
    func debounceParsing() {
        #expect(Debounce(parsing: "200") == Debounce(milliseconds: 200))
        #expect(Debounce(parsing: "250ms") == Debounce(milliseconds: 250))
        #expect(Debounce(parsing: "0.5s") == Debounce(milliseconds: 500))
        #expect(Debounce(parsing: "2s")?.longestNanoseconds == 4_000_000_000)
        #expect(Debounce(parsing: "0") == Debounce(milliseconds: 0))
        for bad in ["", "soon", "-1", "1e3", "61s", "0x10", "1.5.0", "ms", " 200"] {
            #expect(Debounce(parsing: bad) == nil, "\(bad)")
        }
    }

    /// One `struct inotify_event` as the kernel writes it: the header, then the name padded with NULs to `padded` bytes.
    private func record(watch: Int32, mask: Int32, name: [UInt8], padded: Int) -> [UInt8] {
        var bytes: [UInt8] = []
        withUnsafeBytes(of: watch) { bytes += $0 }
        withUnsafeBytes(of: UInt32(bitPattern: mask)) { bytes += $0 }
        withUnsafeBytes(of: UInt32(0)) { bytes += $0 }
        withUnsafeBytes(of: UInt32(padded)) { bytes += $0 }
        return bytes + name + [UInt8](repeating: 0, count: padded - name.count)
    }

    @Test("inotify records decode with their names, a name that is not UTF-8 kept byte for byte, and a nameless one")
    func decodesRecords() {
        let bytes = record(watch: 3, mask: IN_MOVED_TO, name: Array("a.md".utf8), padded: 16)
            + record(watch: 4, mask: IN_CREATE | IN_ISDIR, name: [0x63, 0x61, 0x66, 0xE9], padded: 8)
            + record(watch: 5, mask: IN_Q_OVERFLOW, name: [], padded: 0)
        let events = bytes.withUnsafeBytes { InotifyEvent.decode($0) }
        #expect(events.count == 3)
        #expect(events[0].watch == 3 && events[0].name == "a.md" && events[0].isArrival && !events[0].isDirectory)
        #expect(events[1].isDirectory && FileName.escaped(events[1].name) == "caf\\xE9")
        #expect(FileName.cString(events[1].name).dropLast() == [0x63, 0x61, 0x66, CChar(bitPattern: 0xE9)])
        #expect(events[2].isOverflow && events[2].name.isEmpty)
    }

    @Test("a batch is due after the quiet time, and at the latest twice that after its first change")
    func batchDue() {
        let debounce = Debounce(milliseconds: 100)
        var batch = ChangeBatch()
        #expect(batch.due(debounce) == nil)
        batch.saw(at: 1_000_000_000)
        #expect(batch.due(debounce) == 1_100_000_000)
        batch.saw(at: 1_150_000_000)
        #expect(batch.due(debounce) == 1_200_000_000, "never later than 200 ms after the first change")
        var later = ChangeBatch()
        later.touched = ["b.md"]
        later.saw(at: 2_000_000_000)
        batch.touched = ["a.md"]
        let merged = batch.merged(with: later)
        #expect(merged.touched == ["a.md", "b.md"] && merged.firstSeen == 1_000_000_000)
    }

    @Test("two listings compared: added, changed and removed files, nothing for a file as it was, at both ends of the order")
    func comparesListings() {
        func listing(_ files: [(String, Int64)]) -> InputListing {
            var listing = InputListing()
            listing.files = files.map { InputFolder.File(path: $0.0, version: FileVersion(size: $0.1, modifiedNanoseconds: $0.1, changedNanoseconds: $0.1, inode: 1)) }
            return listing
        }
        let old = listing([("a.md", 1), ("b.md", 1), ("kept.md", 1), ("sub/c.md", 1)])
        let new = listing([("b.md", 2), ("c.md", 1), ("kept.md", 1), ("sub/c.md", 1), ("sub/d.md", 1), ("z.md", 1)])
        #expect(InputChanges.between(old, new) == InputChanges(added: 3, changed: 1, removed: 1))
        #expect(InputChanges.between(new, old) == InputChanges(added: 1, changed: 1, removed: 3))
        #expect(InputChanges.between(old, old).isEmpty && InputChanges.between(InputListing(), old) == InputChanges(added: 4))
        #expect(InputChanges(added: 1, changed: 1, removed: 1).text == "1 file added, 1 changed, 1 removed")
    }

    @Test("feeds written counts feeds, not files, and leaves archive pages out")
    func feedsWritten() {
        var changes = PublishedChanges()
        changes.created = ["rss.xml", "atom.xml", "topics/ai/feed.json", "topics/ai/archive/2/rss.xml", "index.html"]
        changes.updated = ["providers/x/rss.xml", "topics/ai/index.html", "index.opml"]
        #expect(changes.feedsWritten == 3)
    }
}
