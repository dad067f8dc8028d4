import Foundation
import Synchronization
import Testing
import TestSupport
@testable import FeedBuild
#if canImport(Glibc)
import Glibc
#endif

/// A watch's listing, kept between rebuilds and brought up to date from the paths inotify
/// named, must be the listing a fresh `InputFolder.list()` gives: the same files, versions,
/// order and skipped entries.
@Suite("Relooking a kept listing")
struct RelookTests {
    /// Writes `text` to `path` under `root`, its folders made as needed.
    private func write(_ text: String, _ path: String, in root: URL) throws {
        let file = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
    }

    /// What a listing says, comparable: each file's path and version, each skipped entry's path
    /// and reason, and its fingerprint (a relooked listing's from the sum it keeps up to date,
    /// a fresh one's from the sum made when listing).
    private func summary(_ listing: InputListing) -> [String] {
        listing.files.map { "\($0.path) \($0.version)" } + listing.skipped.map { "skipped \($0.path): \($0.reason)" }.sorted()
            + ["fingerprint \(listing.fingerprint)", "sum kept: \(listing.fileSum != nil)"]
    }

    @Test("added, rewritten, replaced, removed, linked, special and renamed-away files: the patched listing equals a fresh one")
    func patchedEqualsFresh() throws {
        try withTemporaryFolder { folder in
            let root = FolderPath(folder.path)
            for name in ["b.md", "d.txt", "sub/e.md", "sub/f.markdown", "z.md"] { try write("old \(name)", name, in: folder) }
            var kept = try InputFolder(root: root).list()

            try write("new", "a.md", in: folder)                       // added, first in order
            try write("rewritten in place", "d.txt", in: folder)     // same inode, new size and times
            try write("replaced", "sub/.e.md.tmp", in: folder)       // written and renamed over
            #expect(rename(root.appending("sub/.e.md.tmp"), root.appending("sub/e.md")) == 0)
            try FileManager.default.removeItem(atPath: root.appending("z.md"))
            #expect(symlink("b.md", root.appending("link.md")) == 0)
            #expect(mkfifo(root.appending("sub/pipe.md"), 0o644) == 0)
            #expect(rename(root.appending("sub/f.markdown"), root.appending("sub/f.json")) == 0)
            let before = kept
            let changes = kept.relook(["a.md", "d.txt", "sub/e.md", "z.md", "link.md", "sub/pipe.md", "sub/f.markdown", "sub/f.json", "gone.md"], in: root)
            #expect(summary(kept) == summary(try InputFolder(root: root).list()))
            // Links and special files are skipped, not articles: only regular files count.
            #expect(changes == InputChanges(added: 1, changed: 2, removed: 2))
            #expect(InputChanges.between(before, try InputFolder(root: root).list()) == changes)

            // The link replaced by a file, the pipe removed: their skipped entries go.
            try FileManager.default.removeItem(atPath: root.appending("link.md"))
            try write("now a file", "link.md", in: folder)
            try FileManager.default.removeItem(atPath: root.appending("sub/pipe.md"))
            #expect(kept.relook(["link.md", "sub/pipe.md"], in: root) == InputChanges(added: 1))
            #expect(summary(kept) == summary(try InputFolder(root: root).list()))
            #expect(kept.files.map(\.path) == ["a.md", "b.md", "d.txt", "link.md", "sub/e.md"])
        }
    }

    @Test("a link count changed through another hard link, named by no event: the changed paths looked at again give a fresh listing")
    func restatSeesWhatNoEventNames() throws {
        try withTemporaryFolder { folder in
            let input = folder.appendingPathComponent("input", isDirectory: true)
            let root = FolderPath(input.path)
            for name in ["a.md", "b.md", "sub/c.md"] { try write("text \(name)", name, in: input) }
            var kept = try InputFolder(root: root).list()
            usleep(20_000)
            #expect(link(root.appending("b.md"), folder.appendingPathComponent("elsewhere.md").path) == 0)
            #expect(summary(kept) != summary(try InputFolder(root: root).list()), "the link changed b.md's status-change time")
            #expect(kept.changedPaths(in: root) == ["b.md"])
            kept.relook(kept.changedPaths(in: root), in: root)
            #expect(summary(kept) == summary(try InputFolder(root: root).list()))
            #expect(kept.changedPaths(in: root).isEmpty)

            try FileManager.default.removeItem(atPath: root.appending("sub/c.md"))
            kept.relook(kept.changedPaths(in: root), in: root)
            #expect(summary(kept) == summary(try InputFolder(root: root).list()))
            #expect(kept.files.map(\.path) == ["a.md", "b.md"])
        }
    }

    @Test("random batches of adds, removals and rewrites, next to each other and at both ends: the patched listing equals a fresh one each time")
    func randomBatchesEqualFresh() throws {
        try withTemporaryFolder { folder in
            let root = FolderPath(folder.path)
            var generator = SplitMix64(seed: 16)
            let names = (0..<48).map { String(format: "%02d.md", $0) } + (0..<8).map { "sub/\($0).md" }
            for name in names where Bool.random(using: &generator) { try write("first \(name)", name, in: folder) }
            var kept = try InputFolder(root: root).list()
            for step in 0..<40 {
                // A batch names 1-12 paths: present ones removed or rewritten, absent ones added.
                let batch = Set((0..<Int.random(in: 1...12, using: &generator)).map { _ in names.randomElement(using: &generator)! })
                for name in batch {
                    let exists = FileManager.default.fileExists(atPath: root.appending(name))
                    if exists, Bool.random(using: &generator) {
                        try FileManager.default.removeItem(atPath: root.appending(name))
                    } else {
                        try write("step \(step) \(name)", name, in: folder)
                    }
                }
                let before = kept
                let changes = kept.relook(batch, in: root)
                let fresh = try InputFolder(root: root).list()
                #expect(summary(kept) == summary(fresh), "step \(step): \(batch.sorted())")
                #expect(changes == InputChanges.between(before, fresh), "step \(step): \(batch.sorted())")
            }
        }
    }

    @Test("a background look names the files changed unseen, says when it ends, and the next is due 5 s after it began")
    func restatLook() throws {
        try withTemporaryFolder { folder in
            let root = FolderPath(folder.path)
            for name in ["a.md", "b.md"] { try write("old \(name)", name, in: folder) }
            let listing = try InputFolder(root: root).list()
            try write("changed where no event saw it", "b.md", in: folder)
            let found = Mutex<Set<String>>([])
            let ended = DispatchSemaphore(value: 0)
            let restat = ListingRestat(root: root, found: { paths in found.withLock { $0.formUnion(paths) } }, ended: { ended.signal() })
            #expect(restat.due == 0)
            let started = WatchState.now
            restat.look(at: listing)
            #expect(ended.wait(timeout: .now() + 10) == .success)
            #expect(found.withLock { $0 } == ["b.md"])
            #expect((restat.due ?? 0) >= started + ListingRestat.minimumInterval)
            restat.stop()
        }
    }

    @Test("the background looks at every file are 5 s apart, or ten times as long as the last look took")
    func restatBudget() {
        #expect(ListingRestat.interval(after: 0) == 5_000_000_000)
        #expect(ListingRestat.interval(after: 200_000_000) == 5_000_000_000)      // 100,000 files
        #expect(ListingRestat.interval(after: 2_000_000_000) == 20_000_000_000)   // 1,000,000 files
    }
}
