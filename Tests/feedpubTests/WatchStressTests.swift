import Foundation
import Testing
import TestSupport
#if canImport(Glibc)
import Glibc
#endif

/// `feedpub watch` under load: the kernel's event queue overflowing, and thousands of events
/// that must leave no watch and no descriptor behind.
@Suite("Watch: overflow and leaks", .serialized)
struct WatchStressTests {
    /// The kernel's queue length per inotify instance (fs.inotify.max_queued_events).
    static let queueLength = Int((try? String(contentsOfFile: "/proc/sys/fs/inotify/max_queued_events", encoding: .utf8))?
        .trimmingCharacters(in: .whitespacesAndNewlines) ?? "") ?? 16384

    /// A file created, closed after writing and deleted: three events that never coalesce.
    static func churn(_ file: URL, times: Int) {
        for _ in 0..<times {
            let descriptor = open(file.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            close(descriptor)
            unlink(file.path)
        }
    }

    @Test("an overflowing event queue leads to a full rescan, which finds what the lost events said",
          .enabled(if: queueLength <= 200_000, "the kernel's queue is too long to overflow quickly"))
    func overflow() throws {
        try withTemporaryFolder { folder in
            let input = try WatchScene.input(in: folder)
            let watch = try WatchProcess(in: folder, input: input)
            // Stopped, the watch reads nothing: the kernel's queue fills and overflows.
            kill(watch.pid, SIGSTOP)
            try WatchScene.write(WatchScene.article("lost", title: "Behind the overflow", minute: 20), to: input.appendingPathComponent("lost.md"))
            Self.churn(input.appendingPathComponent("churn.dat"), times: Self.queueLength / 3 + 100)
            let before = watch.lines.count
            let line = try watch.lineAfter { kill(watch.pid, SIGCONT) }
            if line.hasPrefix("feedpub: event queue overflowed, input rescanned: ") {
                #expect(line.hasPrefix("feedpub: event queue overflowed, input rescanned: 1 file added, 0 changed, 0 removed; "), "\(line)")
            } else {
                // Under load a rebuild may start (at the debounce's latest) before the reader has
                // reached the overflow at the end of the kernel's backlog: the rescan comes next.
                #expect(line.hasPrefix("feedpub: 1 file added, 0 changed, 0 removed; "), "\(line)")
                let rescan = try watch.waitForLines(before + 2)[before + 1]
                #expect(rescan.hasPrefix("feedpub: event queue overflowed, input rescanned: 0 files added, 0 changed, 0 removed; "), "\(rescan)")
            }
            #expect(try WatchScene.titles(in: watch.output).first == "Behind the overflow")
            // Still watching after the rescan.
            let next = try watch.lineAfter { try FileManager.default.removeItem(at: input.appendingPathComponent("lost.md")) }
            #expect(next.hasPrefix("feedpub: 0 files added, 0 changed, 1 removed; "), "\(next)")
            #expect(watch.stop() == 0)
        }
    }

    @Test("10,000 events (folders made and removed, files written and deleted) leave no watch and no descriptor behind")
    func noLeaks() throws {
        try withTemporaryFolder { folder in
            let input = try WatchScene.input(in: folder)
            let watch = try WatchProcess(in: folder, input: input)
            let before = try watch.descriptorsAndWatches()
            #expect(before.watches == 2, "the input folder and the configuration's folder")
            // About 7 events per folder round (create, file create, close, delete, folder delete, its
            // delete-self and ignored) and 3 per file round: 1,000 of each, 10,000 events.
            for round in 0..<1000 {
                let sub = input.appendingPathComponent("round-\(round % 7)", isDirectory: true)
                mkdir(sub.path, 0o755)
                Self.churn(sub.appendingPathComponent("a.md"), times: 1)
                rmdir(sub.path)
                Self.churn(input.appendingPathComponent("file-\(round % 5).md"), times: 1)
            }
            // One change at the end, so that the last line is known to follow every event.
            let last = try watch.lineAfter { try WatchScene.write(WatchScene.article("end", title: "After the storm", minute: 59), to: input.appendingPathComponent("end.md")) }
            _ = try watch.waitFor("the rebuild of the last change") { try WatchScene.titles(in: watch.output).first == "After the storm" ? true : nil }
            usleep(300_000)
            let after = try watch.descriptorsAndWatches()
            #expect(after.descriptors == before.descriptors, "descriptors: \(before.descriptors) before, \(after.descriptors) after")
            #expect(after.watches == before.watches, "watches: \(before.watches) before, \(after.watches) after")
            #expect(watch.stop() == 0)
            // A build that lists or reads while a churned folder or file comes and goes reports it
            // (a folder gone, an empty file), as any build does; nothing else may be reported.
            let unexpected = watch.errorLines.filter { !$0.contains("\(input.path)/round-") && !$0.contains("\(input.path)/file-") }
            #expect(unexpected.isEmpty, "\(unexpected.prefix(3))")
            #expect(last.hasPrefix("feedpub: "))
        }
    }
}
