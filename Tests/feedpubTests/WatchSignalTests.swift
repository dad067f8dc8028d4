import Foundation
import Testing
import TestSupport
#if canImport(Glibc)
import Glibc
#endif

/// `feedpub watch` stopped, and raced: SIGTERM in the middle of a rebuild finishes it, a cron
/// `build` beside it waits for the lock or exits 75, and the kernel's limits fall back to polling.
@Suite("Watch: signals, the lock, the kernel's limits", .serialized)
struct WatchSignalTests {
    @Test("SIGTERM in the middle of a rebuild: every file old or new meanwhile, the rebuild finished, exit 0",
          .timeLimit(.minutes(3)))
    func sigtermMidRebuild() throws {
        try withTemporaryFolder { folder in
            let input = folder.appendingPathComponent("input")
            try CronSafetyTests.writeCorpus(into: input, count: 200, edition: "First edition")
            let configuration = folder.appendingPathComponent("feedpub.yml")
            try WatchScene.write("title: \"Old site\"\n", to: configuration)
            let watch = try WatchProcess(in: folder, input: input)
            let old = try FileTree(reading: watch.output)

            // The new tree: every feed's title changes with the site's.
            let reference = folder.appendingPathComponent("reference")
            try WatchScene.write("title: \"New site\"\n", to: folder.appendingPathComponent("new.yml"))
            let cold = try FeedpubCommand.run(["build", "--input", input.path, "--output", reference.path, "--base-url", FixtureBuild.baseURL,
                                               "--config", "new.yml", "--no-cache", "--quiet"], in: folder)
            #expect(cold.status == 0, "\(cold.standardError)")
            try FileManager.default.removeItem(at: folder.appendingPathComponent("new.yml"))
            let new = try FileTree(reading: reference)

            let rootFeed = watch.output.appendingPathComponent("rss.xml").path
            let oldInode = CronSafetyTests.inode(rootFeed)
            try WatchScene.write("title: \"New site\"\n", to: configuration)
            // Signalled as soon as the rebuild stages its first file beside a feed, or replaces the first feed.
            let staged = ".\(watch.pid).tmp"
            let deadline = Date().addingTimeInterval(60)
            while Date() < deadline && CronSafetyTests.inode(rootFeed) == oldInode
                && !((try? FileManager.default.contentsOfDirectory(atPath: watch.output.path)) ?? []).contains(where: { $0.hasSuffix(staged) }) {
                usleep(200)
            }
            let linesAtSignal = watch.lines.count
            kill(watch.pid, SIGTERM)
            for (path, bytes) in Self.publishedFiles(in: watch.output) {
                if new.entries[path] != .file(bytes) && old.entries[path] != .file(bytes) {
                    Issue.record("\(path) is neither the old nor the new version while the rebuild runs")
                }
            }
            #expect(watch.stop() == 0)
            #expect(linesAtSignal == 1, "the rebuild had ended before the signal: the test proved nothing")
            #expect(watch.lines.count == 2 && watch.lines[1].hasPrefix("feedpub: feedpub.yml reloaded: "), "\(watch.lines)")
            let differences = FileTree.differences(expected: new, actual: try FileTree(reading: watch.output))
            #expect(differences.isEmpty, "not the new tree after the rebuild finished: \(differences.prefix(5))")
        }
    }

    /// Every published file under `output` and its bytes, read while a rebuild renames files into
    /// place: the rebuild's own temporary files, and any that vanish while being read, left out.
    static func publishedFiles(in output: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        let paths = FileManager.default.enumerator(atPath: output.path)?.compactMap { $0 as? String } ?? []
        for path in paths where !CronSafetyTests.isTemporary(path) {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: output.appendingPathComponent(path).path, isDirectory: &isFolder),
                  !isFolder.boolValue, let bytes = FileManager.default.contents(atPath: output.appendingPathComponent(path).path) else { continue }
            files[path] = bytes
        }
        return files
    }

    @Test("a cron build during a rebuild exits 75 without waiting, or waits for it; the tree is a cold build's")
    func concurrentBuild() throws {
        try withTemporaryFolder { folder in
            let input = try WatchScene.input(in: folder)
            // Each announcement takes a second: the rebuild holds the lock for a few.
            let hub = try HubStandIn(in: folder, mode: "slow:1")
            defer { hub.stop() }
            let watch = try WatchProcess(in: folder, input: input, arguments: ["--hub", hub.url])
            // The first build announced its 12 feed files (3 feeds and a language feed, 3 formats) before printing its line.
            let announced = try hub.requests().count
            #expect(announced == 12)
            try WatchScene.write(WatchScene.article("racing", title: "Racing cron", minute: 50), to: input.appendingPathComponent("racing.md"))
            _ = try watch.waitFor("the rebuild announcing") { try hub.requests().count > announced ? true : nil }
            let build = ["build", "--input", input.path, "--output", watch.output.path, "--base-url", FixtureBuild.baseURL, "--quiet"]
            let busy = try FeedpubCommand.run(build + ["--lock-wait", "0"], in: folder)
            #expect(busy.status == 75, "stderr: \(busy.standardError)")
            #expect(busy.standardError.contains("another feedpub run is writing this folder"))
            let waited = try FeedpubCommand.run(build + ["--lock-wait", "60"], in: folder)
            #expect(waited.status == 0, "stderr: \(waited.standardError)")
            #expect(watch.lines.count == 2, "the cron build ran before the rebuild had published: \(watch.lines)")
            #expect(watch.stop() == 0)

            // The cron build (no --hub) ran last, after the rebuild: its tree, whole.
            let reference = folder.appendingPathComponent("reference")
            let cold = try FeedpubCommand.run(["build", "--input", input.path, "--output", reference.path, "--base-url", FixtureBuild.baseURL,
                                               "--no-cache", "--quiet"], in: folder)
            #expect(cold.status == 0)
            let differences = FileTree.differences(expected: try FileTree(reading: reference), actual: try FileTree(reading: watch.output))
            #expect(differences.isEmpty, "\(differences.prefix(5))")
        }
    }

    @Test("past the kernel's limit of watches it says so once and polls every --poll seconds")
    func pollsPastTheLimit() throws {
        try withTemporaryFolder { folder in
            let input = try WatchScene.input(in: folder)
            // Two watches: the configuration's folder and the input folder; the third, for the new folder, is refused.
            let watch = try WatchProcess(in: folder, input: input, arguments: ["--poll", "1"], environment: ["FEEDPUB_WATCH_LIMIT": "2"])
            #expect(watch.lines[0].hasPrefix("feedpub: watching "), "\(watch.lines)")
            let deep = input.appendingPathComponent("sub/deeper", isDirectory: true)
            var line = try watch.lineAfter {
                try FileManager.default.createDirectory(at: deep, withIntermediateDirectories: true)
                try WatchScene.write(WatchScene.article("deep", title: "Found by looking", minute: 7), to: deep.appendingPathComponent("deep.md"))
            }
            #expect(line.hasPrefix("feedpub: 1 file added, 0 changed, 0 removed; "), "\(line)")
            #expect(watch.errorLines == ["feedpub: warning: \(input.path): cannot watch every folder: the kernel's limit of inotify watches "
                + "is reached (fs.inotify.max_user_watches); looking for changes every 1 s instead"])
            // Now polling: a change deep down is found within a second or two.
            line = try watch.lineAfter {
                try WatchScene.writeAndRename(WatchScene.article("deep", title: "Polled edit", minute: 7), to: deep.appendingPathComponent("deep.md"))
            }
            #expect(line.hasPrefix("feedpub: 0 files added, 1 changed, 0 removed; "), "\(line)")
            #expect(try WatchScene.titles(in: watch.output).first == "Polled edit")
            line = try watch.lineAfter { try WatchScene.write("title: \"Polled title\"\n", to: folder.appendingPathComponent("feedpub.yml")) }
            #expect(line.hasPrefix("feedpub: feedpub.yml reloaded: "), "\(line)")
            #expect(watch.stop() == 0)
            #expect(watch.errorLines.count == 1)

            // Over the limit from the start: polling at once.
            let again = try WatchProcess(in: folder, input: input, arguments: ["--poll", "1"], environment: ["FEEDPUB_WATCH_LIMIT": "1"])
            #expect(again.lines[0].hasPrefix("feedpub: polling every 1 s \(input.path) and feedpub.yml; "), "\(again.lines)")
            #expect(again.stop() == 0)
        }
    }

    @Test("the input folder deleted: exit 66; no folder at the start: 66; --dry-run and a bad --debounce: 64")
    func endings() throws {
        try withTemporaryFolder { folder in
            let input = try WatchScene.input(in: folder)
            let watch = try WatchProcess(in: folder, input: input)
            try FileManager.default.removeItem(at: input)
            _ = try watch.waitFor("the watch to end") { watch.process.isRunning ? nil : true }
            #expect(watch.process.terminationStatus == 66)
            #expect(watch.errorLines.last == "feedpub: error: \(input.path): the input folder was deleted or moved; no longer watching")

            let missing = try FeedpubCommand.run(["watch", "--input", input.path, "--output", "feeds"], in: folder)
            #expect(missing.status == 66, "\(missing.standardError)")
            for (arguments, message) in [(["--dry-run"], "--dry-run cannot be used with watch"), (["--debounce", "soon"], "--debounce must be"),
                                         (["--poll", "0"], "--poll must be between 1 and 3600")] {
                let result = try FeedpubCommand.run(["watch", "--input", folder.path, "--output", "feeds"] + arguments, in: folder)
                #expect(result.status == 64 && result.standardError.contains(message), "\(arguments): \(result.standardError)")
            }
        }
    }
}
