import Foundation
import Testing
import TestSupport
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// What cron does to a run: kills it, starts a second one beside it, hands it a read-only folder
/// or a full disk. Every published feed stays old or new, never partial.
/// (A disappearing topic and an unchanged rerun are covered by `RerunTests`.)
@Suite("Cron: kills, locks, read-only folders, full disks")
struct CronSafetyTests {
    // MARK: A generated corpus

    /// Writes `count` articles into `input`, titled with `edition`, on 120 topics and 30
    /// providers: about 150 feeds, each one holding at least one article of every title.
    static func writeCorpus(into input: URL, count: Int, edition: String) throws {
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        let paragraph = String(repeating: "Operators & regulators <discuss> capacity, cooling and power. ", count: 8)
        for index in 0..<count {
            let minutes = index * 7
            let date = String(format: "2024-%02d-%02dT%02d:%02d:00Z", 1 + minutes / 40_320 % 12, 1 + minutes / 1440 % 28,
                              minutes / 60 % 24, minutes % 60)
            let text = """
                ---
                title: "\(edition): article \(index) on capacity"
                publishedDateTime: \(date)
                webUrl: "https://news.example.com/\(index)"
                excerpt: "Article \(index): what changed, and for whom."
                provider:
                  name: "Provider \(index % 30)"
                  domain: "provider\(index % 30).example.com"
                topics: ["Topic \(index % 120)", "Topic \((index * 7 + 3) % 120)"]
                secured: "\(BadInputRun.securedValue)"
                ---

                ## Article \(index)

                \(paragraph)

                \(paragraph)

                """
            try Data(text.utf8).write(to: input.appendingPathComponent(String(format: "article-%05d.md", index)))
        }
    }

    static func buildArguments(input: URL, output: URL) -> [String] {
        ["build", "--input", input.path, "--output", output.path, "--base-url", FixtureBuild.baseURL, "--quiet"]
    }

    /// Whether `name` is a temporary file a run left beside a feed (`.<name>.<pid>.tmp`).
    static func isTemporary(_ path: String) -> Bool {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return name.hasPrefix(".") && name.hasSuffix(".tmp")
    }

    // MARK: kill -9

    /// When to kill: a fixed delay after the start; a delay after the first temporary file
    /// appears in the output folder (the run is staging files); or a delay after `rss.xml` was
    /// replaced (the run is renaming staged files into place, the tree half old, half new).
    enum KillPoint: CustomStringConvertible {
        case afterStart(milliseconds: Int)
        case afterWritingBegins(milliseconds: Int)
        case afterFirstRename(microseconds: Int)

        var description: String {
            switch self {
            case let .afterStart(ms): return "\(ms) ms after the start"
            case let .afterWritingBegins(ms): return "\(ms) ms after the first temporary file"
            case let .afterFirstRename(us): return "\(us) µs after rss.xml was replaced"
            }
        }
    }

    /// The inode of `path`, or 0.
    static func inode(_ path: String) -> UInt64 {
        var info = stat()
        return lstat(path, &info) == 0 ? UInt64(info.st_ino) : 0
    }

    @Test("SIGKILL at any moment leaves every feed file the old or the new version, well-formed, and the next run completes it",
          .timeLimit(.minutes(5)))
    func killedRunLeavesOldOrNewFeeds() throws {
        try withTemporaryFolder { folder in
            let input = folder.appendingPathComponent("input")
            let output = folder.appendingPathComponent("feeds")
            let savedOld = folder.appendingPathComponent("feeds-old")
            let reference = folder.appendingPathComponent("feeds-new")

            // Old: a complete run on the first edition.
            try Self.writeCorpus(into: input, count: 3000, edition: "First edition")
            let first = try FeedpubCommand.run(Self.buildArguments(input: input, output: output), in: folder)
            #expect(first.status == 0, "stderr: \(first.standardError)")
            try FileManager.default.copyItem(at: output, to: savedOld)
            let old = try FileTree(reading: savedOld)

            // New: every title changed, so every feed changes; a complete run into another folder.
            try Self.writeCorpus(into: input, count: 3000, edition: "Second, revised edition")
            let (complete, completeSeconds) = try Self.timed {
                try FeedpubCommand.run(Self.buildArguments(input: input, output: reference) + ["--no-cache"], in: folder)
            }
            #expect(complete.status == 0, "stderr: \(complete.standardError)")
            let new = try FileTree(reading: reference)
            let feedPaths = Set(old.filePaths)
            #expect(feedPaths == Set(new.filePaths), "old and new runs wrote different paths")
            let changed = feedPaths.filter { old.entries[$0] != new.entries[$0] }
            // The manifest, the feed history with its nginx lists, and the OPML/HTML index list
            // names and URLs, which stay the same.
            let unchanging: Set<String> = [".feedpub-manifest", ".feedpub/feeds", ".feedpub/nginx/gone.conf", ".feedpub/nginx/redirects.conf",
                                           "index.opml", "topics.opml", "providers.opml", "languages.opml", "index.html"]
            #expect(changed == feedPaths.subtracting(unchanging), "every feed should change")

            var points: [KillPoint] = [
                .afterStart(milliseconds: 50), .afterStart(milliseconds: 150), .afterStart(milliseconds: 300),
                .afterWritingBegins(milliseconds: 0), .afterWritingBegins(milliseconds: 20),
                .afterWritingBegins(milliseconds: 100), .afterWritingBegins(milliseconds: 400),
                .afterFirstRename(microseconds: 0), .afterFirstRename(microseconds: 300), .afterFirstRename(microseconds: 2000),
            ]
            var killedWhileWriting = 0
            var mixedTrees = 0
            let rootFeed = output.appendingPathComponent("rss.xml").path
            var retries = 0
            var next = 0
            while next < points.count {
                let point = points[next]
                next += 1
                // Each kill starts from the complete old tree.
                try FileManager.default.removeItem(at: output)
                try FileManager.default.copyItem(at: savedOld, to: output)
                let oldInode = Self.inode(rootFeed)
                let process = try ExternalCommand.start(try FeedpubCommand.executable().path,
                                                        Self.buildArguments(input: input, output: output), in: folder)
                switch point {
                case let .afterStart(ms):
                    usleep(useconds_t(ms * 1000))
                case let .afterWritingBegins(ms):
                    let suffix = ".\(process.processIdentifier).tmp"
                    let deadline = Date().addingTimeInterval(completeSeconds * 4 + 30)
                    while process.isRunning && Date() < deadline,
                          !((try? FileManager.default.contentsOfDirectory(atPath: output.path)) ?? []).contains(where: { $0.hasSuffix(suffix) }) {
                        usleep(500)
                    }
                    usleep(useconds_t(ms * 1000))
                case let .afterFirstRename(us):
                    let deadline = Date().addingTimeInterval(completeSeconds * 4 + 30)
                    while process.isRunning && Date() < deadline && Self.inode(rootFeed) == oldInode { usleep(100) }
                    if us > 0 { usleep(useconds_t(us)) }
                }
                let wasRunning = process.isRunning
                kill(process.processIdentifier, SIGKILL)
                process.waitUntilExit()
                switch point {
                case .afterWritingBegins, .afterFirstRename: if wasRunning { killedWhileWriting += 1 }
                case .afterStart: break
                }

                let now = try FileTree(reading: output)
                var newCount = 0
                for path in now.entries.keys.sorted() {
                    if Self.isTemporary(path) { continue }   // a killed run's own temporary file
                    guard case let .file(bytes)? = now.entries[path] else {
                        Issue.record("\(point): \(path) is not a regular file")
                        continue
                    }
                    if case .file(bytes)? = new.entries[path] {
                        newCount += 1
                    } else if case .file(bytes)? = old.entries[path] {
                    } else {
                        Issue.record("\(point): \(path) is neither the old nor the new version (\(bytes.count) bytes)")
                    }
                    if path.hasSuffix(".xml") {
                        let problem = WellFormedXML.problem(in: bytes)
                        #expect(problem == nil, "\(point): \(path) is not well-formed: \(problem ?? "")")
                    }
                }
                // The manifest is the same in both versions; a tree with other new files and old ones is mixed.
                if newCount > 1 && newCount < feedPaths.count { mixedTrees += 1 }
                let published = Set(now.entries.keys.filter { !Self.isTemporary($0) })
                #expect(published == feedPaths, "\(point): missing \(feedPaths.subtracting(published).sorted().prefix(5)), extra \(published.subtracting(feedPaths).sorted().prefix(5))")
                if !wasRunning {
                    // The run ended before the kill: it must have published everything.
                    #expect(process.terminationReason == .exit && process.terminationStatus == 0, "\(point): exited \(process.terminationStatus)")
                    #expect(newCount == feedPaths.count, "\(point): the run finished but \(feedPaths.count - newCount) files are old")
                }
                // The renames take milliseconds: on a loaded machine the polling may miss them; try again.
                if next == points.count && mixedTrees == 0 && retries < 5 {
                    retries += 1
                    points.append(.afterFirstRename(microseconds: 0))
                }
            }
            // Without these the test would pass having proved little: make that visible.
            if killedWhileWriting == 0 { Issue.record("no kill landed while the run was writing; the run took \(completeSeconds) s") }
            if mixedTrees == 0 { Issue.record("no kill landed between two renames: the test never saw a half-published tree") }

            // The next run completes the job: the new tree exactly, temporaries gone.
            let final = try FeedpubCommand.run(Self.buildArguments(input: input, output: output), in: folder)
            #expect(final.status == 0, "stderr: \(final.standardError)")
            let differences = FileTree.differences(expected: new, actual: try FileTree(reading: output))
            #expect(differences.isEmpty, "after the next run: \(differences.prefix(10).joined(separator: "\n"))")
        }
    }

    static func timed<T>(_ body: () throws -> T) rethrows -> (T, Double) {
        let started = DispatchTime.now().uptimeNanoseconds
        let value = try body()
        return (value, Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9)
    }

    // MARK: A second run

    @Test("while `flock <output>` holds the folder: --lock-wait 0 exits 75 with a message; a long enough wait succeeds",
          .enabled(if: ExternalCommand.isExecutable("/usr/bin/flock"), "needs flock(1)"), .timeLimit(.minutes(1)))
    func lockHeldByAnotherProcess() throws {
        try withTemporaryFolder { folder in
            let input = try ResourceFolder.fixtures.copy("articles", into: folder)
            let output = folder.appendingPathComponent("feeds")
            try FileManager.default.createDirectory(at: output, withIntermediateDirectories: false)
            let held = folder.appendingPathComponent("lock-held")
            let holder = try ExternalCommand.start("/usr/bin/flock", [output.path, "-c", "touch '\(held.path)'; exec sleep 3"], in: folder)
            defer { if holder.isRunning { kill(holder.processIdentifier, SIGKILL) }; holder.waitUntilExit() }
            let deadline = Date().addingTimeInterval(10)
            while !FileManager.default.fileExists(atPath: held.path) && Date() < deadline { usleep(10_000) }
            try #require(FileManager.default.fileExists(atPath: held.path), "flock did not take the lock")

            let arguments = ["build", "--input", input.path, "--output", output.path, "--base-url", FixtureBuild.baseURL]
            let busy = try FeedpubCommand.run(arguments + ["--lock-wait", "0"], in: folder)
            #expect(busy.status == 75, "stderr: \(busy.standardError)")
            #expect(busy.errorLines == [
                "feedpub: error: \(output.path): another feedpub run is writing this folder; waited 0 s, giving up (try again later)",
            ])
            #expect(busy.standardOutput.isEmpty, "stdout: \(busy.standardOutput)")
            #expect(try FileManager.default.contentsOfDirectory(atPath: output.path).isEmpty, "written without the lock")

            let (patient, seconds) = try Self.timed { try FeedpubCommand.run(arguments + ["--lock-wait", "30"], in: folder) }
            #expect(patient.status == 0, "stderr: \(patient.standardError)")
            #expect(!holder.isRunning, "finished while the lock was still held (after \(seconds) s)")
            try Snapshot.expectTree(output, equals: "expected", in: .fixtures)
        }
    }

    // MARK: Cannot write

    @Test("a read-only output folder (mode 0555, run as nobody): exit 73 or 74 with a message, every feed unchanged",
          .enabled(if: getuid() != 0 || Nobody.isAvailable, "needs setpriv able to run the built feedpub as nobody"))
    func readOnlyOutputFolder() throws {
        try withTemporaryFolder { folder in
            let input = try ResourceFolder.fixtures.copy("articles", into: folder)
            let output = folder.appendingPathComponent("feeds")
            let arguments = ["build", "--input", input.path, "--output", output.path, "--base-url", FixtureBuild.baseURL, "--no-cache"]
            let first = try FeedpubCommand.run(arguments, in: folder)
            #expect(first.status == 0, "stderr: \(first.standardError)")
            // A change that touches many feeds.
            try CacheTests.replace("Chip exports &amp; AI: a new rulebook", with: "Chip exports: the rulebook, revised",
                                   in: input.appendingPathComponent("2024-03-01-chip-exports.md"))
            let folders = try FileTree(reading: output).filePaths.map { ($0 as NSString).deletingLastPathComponent }
            let allFolders = Set(folders.filter { !$0.isEmpty }.map { output.appendingPathComponent($0).path } + [output.path])
            for path in allFolders { chmod(path, 0o555) }
            defer { for path in allFolders { chmod(path, 0o755) } }
            let before = try FileTree(reading: output)

            let result: FeedpubCommand.Result
            if getuid() == 0 {
                // Root ignores permission bits: run as nobody, with the input readable by it.
                chmod(folder.path, 0o755)
                result = try ExternalCommand.run("/usr/bin/setpriv",
                                                 Nobody.setprivArguments + [try FeedpubCommand.executable().path] + arguments, in: folder)
            } else {
                result = try FeedpubCommand.run(arguments, in: folder)
            }
            #expect(result.status == 73 || result.status == 74, "stderr: \(result.standardError)")
            // The fixture's duplicate URL warns as usual; the failure is one error line.
            let errors = result.errorLines.filter { !$0.hasPrefix("feedpub: warning: ") }
            #expect(errors.count == 1, "stderr: \(result.standardError)")
            let line = errors.first ?? ""
            #expect(line.hasPrefix("feedpub: error: \(output.path)/") && line.hasSuffix(": cannot write: Permission denied"), "stderr: \(line)")
            let differences = FileTree.differences(expected: before, actual: try FileTree(reading: output))
            #expect(differences.isEmpty, "changed by the failed run: \(differences.joined(separator: ", "))")
        }
    }

    @Test("a full disk (ulimit -f 4, SIGXFSZ ignored so writes fail with EFBIG): exit 74, every feed unchanged",
          .timeLimit(.minutes(1)))
    func fileSizeLimitExceeded() throws {
        try withTemporaryFolder { folder in
            let run = try BadInputRun(in: folder, fixtures: [], arguments: ["--no-cache"])
            try run.expectInvariants(status: 0, articles: 1, rejected: 0)
            // Make every feed far larger than 4 blocks (2 KiB in dash's 512-byte units, 4 KiB in bash's).
            let companion = run.input.appendingPathComponent(BadInputRun.companion)
            let excerpt = String(repeating: "A much longer excerpt. ", count: 600)
            try CacheTests.replace("topics: [Resilience]", with: "topics: [Resilience]\nexcerpt: \"\(excerpt)\"", in: companion)
            let before = try FileTree(reading: run.output)

            let arguments = ["build", "--input", run.input.path, "--output", run.output.path, "--base-url", FixtureBuild.baseURL, "--no-cache"]
            let full = try ExternalCommand.run("/bin/sh", ["-c", "ulimit -f 4; exec \"$0\" \"$@\"", try FeedpubCommand.executable().path]
                                                   + arguments, in: folder)
            #expect(full.status == 74, "stderr: \(full.standardError)")
            #expect(full.errorLines.count == 1, "stderr: \(full.standardError)")
            let line = full.errorLines.first ?? ""
            #expect(line.hasPrefix("feedpub: error: \(run.output.path)/") && line.hasSuffix(".xml: cannot write: File too large"),
                    "stderr: \(line)")
            let differences = FileTree.differences(expected: before, actual: try FileTree(reading: run.output))
            #expect(differences.isEmpty, "changed by the failed run: \(differences.joined(separator: ", "))")
        }
    }
}
