import Foundation
import Testing
import TestSupport
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// Issue 12, continued: FIFOs, leftovers of killed runs, WebSub, slugs, credentials, SIGPIPE.
extension ReliabilityTests {
    // MARK: 6. FIFOs

    @Test("#6 a FIFO where feedpub reads or writes never hangs the run",
          arguments: ["output file", "manifest", "cache file", "report", "article swapped in after listing"])
    func fifoNeverHangs(place: String) throws {
        try withTemporaryFolder { folder in
            let scene = try ReliabilityScene(in: folder)
            try scene.article("a.md", title: "Alpha", day: 1)
            let beta = try scene.article("b.md", title: "Beta", day: 2)
            var arguments = scene.buildArguments()
            switch place {
            case "output file": #expect(mkfifo(scene.output.appendingPathComponent("rss.xml").path, 0o644) == 0)
            case "manifest": #expect(mkfifo(scene.output.appendingPathComponent(".feedpub-manifest").path, 0o644) == 0)
            case "cache file":
                #expect(try scene.run(arguments).status == 0)
                let store = scene.cache.appendingPathComponent("feedpub")
                for name in try FileManager.default.contentsOfDirectory(atPath: store.path) where name.hasSuffix(".cache") {
                    try FileManager.default.removeItem(at: store.appendingPathComponent(name))
                    #expect(mkfifo(store.appendingPathComponent(name).path, 0o644) == 0)
                }
            case "report":
                #expect(mkfifo(folder.appendingPathComponent("report.json").path, 0o644) == 0)
                arguments += ["--report", folder.appendingPathComponent("report.json").path]
            default:
                let outcome = try scene.whileABuildWaitsForTheLock(["--no-cache"], timeout: 15) {
                    try FileManager.default.removeItem(at: beta)
                    #expect(mkfifo(beta.path, 0o644) == 0)
                }
                #expect(!outcome.timedOut, "the run hung on the FIFO")
                #expect(outcome.status == 65)
                #expect(outcome.errorLines.contains { $0.hasSuffix("/b.md: not a regular file") }, "stderr: \(outcome.standardError)")
                return
            }
            let outcome = try scene.run(arguments, timeout: 10)
            #expect(!outcome.timedOut, "the run hung on the FIFO")
            // The next cron run must not find the folder locked by a hung one.
            #expect(try scene.run(arguments + ["--lock-wait", "0"], timeout: 10).status != 75)
        }
    }

    // MARK: 7. Leftovers of killed runs

    @Test("#7 temporary files a killed run left are removed, also in a retired feed's folder and beside the cache")
    func leftoverTemporariesAreRemoved() throws {
        try withTemporaryFolder { folder in
            let scene = try ReliabilityScene(in: folder)
            try scene.article("a.md", title: "Alpha", day: 1, topics: ["Old"])
            try scene.article("b.md", title: "Beta", day: 2)
            #expect(try scene.run(scene.buildArguments()).status == 0)
            let store = scene.cache.appendingPathComponent("feedpub")
            let cacheName = try FileManager.default.contentsOfDirectory(atPath: store.path).first { $0.hasSuffix(".cache") } ?? "none"
            // What kill -9 leaves: `.<name>.<pid>.tmp` beside each file being written.
            let leftovers = [scene.output.appendingPathComponent("topics/old/.rss.xml.99999.tmp"),
                             scene.output.appendingPathComponent(".atom.xml.99999.tmp"),
                             store.appendingPathComponent(".\(cacheName).99999.tmp")]
            for file in leftovers { try Data("partial".utf8).write(to: file) }
            // A name of another length: the change is seen without the ctime in the file version.
            try scene.article("a.md", title: "Alpha", day: 1, topics: ["Newer"])
            #expect(try scene.run(scene.buildArguments()).status == 0)
            for file in leftovers { #expect(!FileManager.default.fileExists(atPath: file.path), "\(file.path) left") }
            // Old is retired: its last files stay for retired_feeds.keep_days (RetiredFeedTests).
            #expect(FileManager.default.fileExists(atPath: scene.output.appendingPathComponent("topics/old/rss.xml").path))
        }
    }

    // MARK: 8. WebSub, slugs, credentials, SIGPIPE

    @Test("#8 four hub requests are in flight at once, whatever the number of cores")
    func fourHubRequestsInFlight() throws {
        try withTemporaryFolder { folder in
            let hub = try HubStandIn(in: folder, mode: "slow:1")
            defer { hub.stop() }
            let scene = try ReliabilityScene(in: folder)
            try scene.articlesOnTopicsOfTheirOwn(8)
            let outcome = try scene.run(scene.buildArguments(["--hub", hub.url]), timeout: 60)
            #expect(outcome.status == 0, "stderr: \(outcome.standardError)")
            #expect(try hub.mostInFlight() == 4)
        }
    }

    @Test("#8 all hub announcements of a run end by one deadline, with one warning for the rest")
    func hubAnnouncementsHaveOneDeadline() throws {
        try withTemporaryFolder { folder in
            // Each answer just under the 5-second request timeout: 63 feed files would take a minute.
            let hub = try HubStandIn(in: folder, mode: "slow:4.5")
            defer { hub.stop() }
            let scene = try ReliabilityScene(in: folder)
            try scene.articlesOnTopicsOfTheirOwn(20)
            let started = Date()
            let outcome = try scene.run(scene.buildArguments(["--hub", hub.url]), timeout: 200)
            let elapsed = Date().timeIntervalSince(started)
            #expect(outcome.status == 0)
            #expect(elapsed < 45, "the hub held the run \(elapsed) s")
            let warnings = outcome.errorLines.filter { $0.contains("WebSub") }
            #expect(warnings.count == 1, "stderr: \(outcome.standardError)")
        }
    }

    @Test("#8 slugs are at most 64 characters, also when two names meet on one")
    func slugsStayWithin64() throws {
        try withTemporaryFolder { folder in
            let scene = try ReliabilityScene(in: folder)
            let long = String(repeating: "a", count: 64)
            try scene.article("a.md", title: "Alpha", day: 1, topics: [long + "b"])
            try scene.article("b.md", title: "Beta", day: 2, topics: [long + "c"])
            #expect(try scene.run(scene.buildArguments()).status == 0)
            let slugs = try FileManager.default.contentsOfDirectory(atPath: scene.output.appendingPathComponent("topics").path)
            #expect(slugs.count == 2)
            #expect(slugs.allSatisfy { $0.count <= 64 }, "\(slugs)")
        }
    }

    @Test("#8 feeds the hub was not told of are announced by the next run, then never again")
    func unannouncedFeedsAreRetried() throws {
        try withTemporaryFolder { folder in
            let scene = try ReliabilityScene(in: folder)
            try scene.article("a.md", title: "Alpha", day: 1)
            try scene.article("b.md", title: "Beta", day: 2)
            // Four threads, three attempts each: every first feed fails, so the hub is taken to be down.
            let hub = try HubStandIn(in: folder, mode: "fail:12")
            defer { hub.stop() }
            let arguments = scene.buildArguments(["--hub", hub.url])
            let first = try scene.run(arguments, timeout: 60)
            #expect(first.status == 0)
            #expect(first.standardError.contains("WebSub hub \(hub.url) not told of "), "stderr: \(first.standardError)")
            let failed = try hub.requests().map(\.body)
            #expect(failed.count == 12)

            let second = try scene.run(arguments, timeout: 60)
            #expect(second.status == 0)
            #expect(!second.standardError.contains("WebSub"), "stderr: \(second.standardError)")
            #expect(second.standardOutput.contains(" 0 changed, "), "stdout: \(second.standardOutput)")
            let retried = Array(try hub.requests().map(\.body).dropFirst(failed.count))
            #expect(Set(retried).isSuperset(of: Set(failed)))
            #expect(retried.count == Set(retried).count)
            // Two feeds (all articles, the shared topic) in three formats.
            #expect(retried.count == 6, "\(retried)")

            #expect(try scene.run(arguments, timeout: 60).status == 0)
            #expect(try hub.requests().count == failed.count + retried.count, "announced again")
        }
    }

    @Test("#8 a --base-url with a user name or password is refused, never written into the feeds")
    func baseURLCredentialsAreRefused() throws {
        try withTemporaryFolder { folder in
            let scene = try ReliabilityScene(in: folder)
            try scene.article("a.md", title: "Alpha", day: 1)
            let outcome = try scene.run(scene.buildArguments() + ["--base-url", "https://user:secret@example.com/feeds/"])
            #expect(outcome.status == 64)
            #expect(!FileManager.default.fileExists(atPath: scene.output.appendingPathComponent("rss.xml").path))
            #expect(!outcome.standardError.contains("secret"), "the password is echoed: \(outcome.standardError)")
            let configuration = folder.appendingPathComponent("feedpub.yml")
            try Data("base_url: \"https://user:secret@example.com/feeds/\"\n".utf8).write(to: configuration)
            let configured = try scene.run(scene.buildArguments() + ["--config", configuration.path])
            #expect(configured.status == 64)
            #expect(configured.standardError.contains("'base_url' must not hold a user name or password"), "stderr: \(configured.standardError)")
        }
    }

    @Test("#8 a closed stdout does not end the run before the report is written")
    func closedStandardOutput() throws {
        try withTemporaryFolder { folder in
            let scene = try ReliabilityScene(in: folder)
            try scene.article("a.md", title: "Alpha", day: 1)
            let report = folder.appendingPathComponent("report.json")
            let process = Process()
            process.executableURL = try FeedpubCommand.executable()
            process.arguments = scene.buildArguments(["--report", report.path])
            process.currentDirectoryURL = folder
            process.environment = ExternalCommand.environment(in: folder, [:])
            let pipe = Pipe()
            try pipe.fileHandleForReading.close()
            process.standardInput = FileHandle.nullDevice
            process.standardOutput = pipe
            process.standardError = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            #expect(process.terminationReason == .exit, "killed by signal \(process.terminationStatus)")
            #expect(FileManager.default.fileExists(atPath: report.path))
        }
    }
}
