import Foundation
import Testing
import TestSupport

/// `feedpub watch`: one build, then a rebuild for every kind of change to the input folder and
/// to feedpub.yml, each publishing what changed and printing one line.
@Suite("Watch: file events, folders, configuration")
struct WatchTests {
    @Test("written in place, written and renamed, moved out, moved in, deleted: one rebuild each, and the feed follows")
    func fileEvents() throws {
        try withTemporaryFolder { folder in
            let input = try WatchScene.input(in: folder)
            let watch = try WatchProcess(in: folder, input: input)
            #expect(watch.lines[0].hasPrefix("feedpub: watching \(input.path) and feedpub.yml; 4 feeds, 4 written (21 files changed"),
                    "\(watch.lines)")
            let file = input.appendingPathComponent("new.md")
            var line = try watch.lineAfter { try WatchScene.writeAndRename(WatchScene.article("new", title: "Arrived by rename", minute: 30), to: file) }
            #expect(line.hasPrefix("feedpub: 1 file added, 0 changed, 0 removed; 4 feeds, 4 written ("), "\(line)")
            #expect(line.hasSuffix(" from the first change to published"))
            #expect(try WatchScene.titles(in: watch.output).first == "Arrived by rename")

            line = try watch.lineAfter { try WatchScene.write(WatchScene.article("new", title: "Edited in place", minute: 30), to: file) }
            #expect(line.hasPrefix("feedpub: 0 files added, 1 changed, 0 removed; "), "\(line)")
            #expect(try WatchScene.titles(in: watch.output) == ["Edited in place", "Base article 1", "Base article 0"])

            let outside = folder.appendingPathComponent("moved-out.md")
            line = try watch.lineAfter { try FileManager.default.moveItem(at: file, to: outside) }
            #expect(line.hasPrefix("feedpub: 0 files added, 0 changed, 1 removed; "), "\(line)")
            #expect(try WatchScene.titles(in: watch.output) == ["Base article 1", "Base article 0"])

            line = try watch.lineAfter { try FileManager.default.moveItem(at: outside, to: file) }
            #expect(line.hasPrefix("feedpub: 1 file added, 0 changed, 0 removed; "), "\(line)")
            #expect(try WatchScene.titles(in: watch.output).first == "Edited in place")

            line = try watch.lineAfter { try FileManager.default.removeItem(at: input.appendingPathComponent("base-0.md")) }
            #expect(line.hasPrefix("feedpub: 0 files added, 0 changed, 1 removed; "), "\(line)")
            #expect(try WatchScene.titles(in: watch.output) == ["Edited in place", "Base article 1"])

            // Files the listing skips (hidden, not an article) wake nothing.
            try Data("notes".utf8).write(to: input.appendingPathComponent("notes.json"))
            try Data("draft".utf8).write(to: input.appendingPathComponent(".draft.md"))
            usleep(400_000)
            #expect(watch.lines.count == 6, "\(watch.lines)")
            #expect(watch.stop() == 0)
            #expect(watch.errorLines.isEmpty, "\(watch.errorLines)")
        }
    }

    @Test("a half-written file is reported, then published once it is whole")
    func halfWrittenFile() throws {
        try withTemporaryFolder { folder in
            let input = try WatchScene.input(in: folder)
            let watch = try WatchProcess(in: folder, input: input)
            let file = input.appendingPathComponent("slow.md")
            let whole = WatchScene.article("slow", title: "Written slowly", minute: 40)
            let half = String(whole.prefix(whole.count / 3))
            var line = try watch.lineAfter { try WatchScene.write(half, to: file) }
            #expect(line.hasPrefix("feedpub: 1 file added, 0 changed, 0 removed; "), "\(line)")
            #expect(line.contains(", 1 file rejected; "), "\(line)")
            #expect(watch.errorLines.contains { $0.hasPrefix("feedpub: error: \(file.path): ") }, "\(watch.errorLines)")
            #expect(try !WatchScene.titles(in: watch.output).contains("Written slowly"))

            line = try watch.lineAfter {
                let handle = try FileHandle(forWritingTo: file)
                try handle.seekToEnd()
                try handle.write(contentsOf: Data(whole.dropFirst(half.count).utf8))
                try handle.close()
            }
            #expect(line.hasPrefix("feedpub: 0 files added, 1 changed, 0 removed; "), "\(line)")
            #expect(line.contains(", 0 files rejected; "), "\(line)")
            #expect(try WatchScene.titles(in: watch.output).first == "Written slowly")
            #expect(watch.stop() == 0)
        }
    }

    @Test("a new folder is watched at once and files that landed first are found; a folder moved or deleted takes its files along")
    func folders() throws {
        try withTemporaryFolder { folder in
            let input = try WatchScene.input(in: folder)
            let watch = try WatchProcess(in: folder, input: input)
            let deep = input.appendingPathComponent("a/b/c", isDirectory: true)
            var line = try watch.lineAfter {
                // Written at once after mkdir: before the watch on c can exist.
                try FileManager.default.createDirectory(at: deep, withIntermediateDirectories: true)
                try WatchScene.write(WatchScene.article("one", title: "Deep one", minute: 1), to: deep.appendingPathComponent("one.md"))
            }
            #expect(line.hasPrefix("feedpub: 1 file added, 0 changed, 0 removed; "), "\(line)")
            line = try watch.lineAfter { try WatchScene.write(WatchScene.article("two", title: "Deep two", minute: 2), to: deep.appendingPathComponent("two.md")) }
            #expect(line.hasPrefix("feedpub: 1 file added, "), "\(line)")

            let prepared = folder.appendingPathComponent("batch", isDirectory: true)
            try FileManager.default.createDirectory(at: prepared.appendingPathComponent("inner"), withIntermediateDirectories: true)
            try WatchScene.write(WatchScene.article("b1", title: "Batch one", minute: 3), to: prepared.appendingPathComponent("b1.md"))
            try WatchScene.write(WatchScene.article("b2", title: "Batch two", minute: 4), to: prepared.appendingPathComponent("inner/b2.md"))
            line = try watch.lineAfter { try FileManager.default.moveItem(at: prepared, to: input.appendingPathComponent("batch")) }
            #expect(line.hasPrefix("feedpub: 2 files added, 0 changed, 0 removed; "), "\(line)")

            let renamed = input.appendingPathComponent("renamed", isDirectory: true)
            line = try watch.lineAfter { try FileManager.default.moveItem(at: input.appendingPathComponent("batch"), to: renamed) }
            #expect(line.hasPrefix("feedpub: 2 files added, 0 changed, 2 removed; "), "\(line)")
            // Followed under its new name.
            line = try watch.lineAfter {
                try WatchScene.write(WatchScene.article("b3", title: "Batch three", minute: 5), to: renamed.appendingPathComponent("inner/b3.md"))
            }
            #expect(line.hasPrefix("feedpub: 1 file added, 0 changed, 0 removed; "), "\(line)")
            #expect(Set(try WatchScene.titles(in: watch.output)).isSuperset(of: ["Deep one", "Deep two", "Batch one", "Batch two", "Batch three"]))

            line = try watch.lineAfter { try FileManager.default.removeItem(at: input.appendingPathComponent("a")) }
            #expect(line.hasPrefix("feedpub: 0 files added, 0 changed, 2 removed; "), "\(line)")
            #expect(Set(try WatchScene.titles(in: watch.output)).isDisjoint(with: ["Deep one", "Deep two"]))
            #expect(watch.stop() == 0)
            #expect(watch.errorLines.isEmpty, "\(watch.errorLines)")
        }
    }

    @Test("a changed feedpub.yml is reloaded; a broken one is reported and the previous one kept until it is fixed")
    func configurationReloaded() throws {
        try withTemporaryFolder { folder in
            let input = try WatchScene.input(in: folder)
            let configuration = folder.appendingPathComponent("feedpub.yml")
            try WatchScene.write("title: \"First title\"\n", to: configuration)
            let watch = try WatchProcess(in: folder, input: input)
            #expect(try WatchScene.feedTitle(in: watch.output).contains("First title"))

            try WatchScene.writeAndRename("title: [\"never closed\"\n", to: configuration)
            let error = try watch.waitFor("the broken configuration reported") { watch.errorLines.first }
            #expect(error.hasPrefix("feedpub: error: feedpub.yml:"), "\(error)")
            #expect(error.hasSuffix(" (the previous configuration is kept)"), "\(error)")
            // Still publishing, with the previous configuration.
            let line = try watch.lineAfter { try WatchScene.write(WatchScene.article("late", title: "While broken", minute: 9), to: input.appendingPathComponent("late.md")) }
            #expect(line.hasPrefix("feedpub: 1 file added, "), "\(line)")
            #expect(try WatchScene.feedTitle(in: watch.output).contains("First title"))
            #expect(try WatchScene.titles(in: watch.output).first == "While broken")

            let fixed = try watch.lineAfter { try WatchScene.write("title: \"Second title\"\n", to: configuration) }
            #expect(fixed.hasPrefix("feedpub: feedpub.yml reloaded: 0 files added, 0 changed, 0 removed; 4 feeds, 4 written"), "\(fixed)")
            #expect(try WatchScene.feedTitle(in: watch.output).contains("Second title"))
            #expect(watch.stop(with: SIGINT) == 0)
            #expect(watch.errorLines.count == 1, "\(watch.errorLines)")
        }
    }
}
