import Foundation
import Testing
import TestSupport
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// The cache trusts a file's version only as far as it tells what reading the file gives: a
/// file briefly absent while a run waited for the lock, and a file that could not be read, are
/// read again on the next warm run, which then equals a run without a cache.
@Suite("Cache trust", .timeLimit(.minutes(1)))
struct CacheTrustTests {
    /// `<folder>/in` with two articles sharing a topic (old mtimes), and `<folder>/out`.
    private struct Scene {
        let folder: URL
        var input: URL { folder.appendingPathComponent("in") }
        var output: URL { folder.appendingPathComponent("out") }

        init(_ folder: URL) throws {
            self.folder = folder
            try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
            try article("a.md", title: "Alpha", topic: "Shared")
            try article("b.md", title: "Beta", topic: "Shared")
        }

        func article(_ name: String, title: String, topic: String) throws {
            let file = input.appendingPathComponent(name)
            try Data("""
                ---
                title: "\(title)"
                publishedDateTime: 2024-05-0\(name == "a.md" ? 1 : 2)T10:00:00Z
                webUrl: "https://example.com/\(title.lowercased())"
                topics: [\(topic)]
                ---

                Body.

                """.utf8).write(to: file)
            try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_700_000_000)], ofItemAtPath: file.path)
        }

        func arguments(_ output: URL? = nil, _ extra: [String] = []) -> [String] {
            ["build", "--input", input.path, "--output", (output ?? self.output).path, "--base-url", FixtureBuild.baseURL] + extra
        }

        /// A build, as user nobody when `asNobody` (then the output and cache folders are its own).
        func build(_ output: URL? = nil, _ extra: [String] = [], asNobody: Bool = false) throws -> CommandResult {
            guard asNobody else { return try FeedpubCommand.run(arguments(output, extra), in: folder) }
            let cache = folder.appendingPathComponent(".cache")
            try Nobody.prepare(folder: folder, input: input, output: output ?? self.output)
            try FileManager.default.createDirectory(at: cache, withIntermediateDirectories: true)
            chown(cache.path, Nobody.uid, Nobody.uid)
            return try ExternalCommand.run("/usr/bin/setpriv", Nobody.setprivArguments + [try FeedpubCommand.executable().path]
                + arguments(output, extra), in: folder)
        }

        /// The warm output equals a build without the cache into a fresh folder.
        func expectEqualsColdBuild(asNobody: Bool = false) throws {
            let cold = folder.appendingPathComponent("cold")
            let result = try build(cold, ["--no-cache"], asNobody: asNobody)
            #expect(result.status == 0, "stderr: \(result.standardError)")
            let differences = FileTree.differences(expected: try FileTree(reading: cold), actual: try FileTree(reading: output))
            #expect(differences.isEmpty, "warm run differs from a cold one: \(differences.joined(separator: ", "))")
        }
    }

    @Test("a file moved out while a run waits for the lock, then back, is in the next warm run's feeds")
    func brieflyAbsentFileReturns() throws {
        try withTemporaryFolder { folder in
            let scene = try Scene(folder)
            #expect(try scene.build().status == 0)
            try scene.article("a.md", title: "Alpha", topic: "Shared, Other")
            let lock = try ExternalCommand.start("/usr/bin/flock", [scene.output.path, "-c", "sleep 2"], in: folder)
            Thread.sleep(forTimeInterval: 0.3)
            let waiting = try ExternalCommand.start(try FeedpubCommand.executable().path, scene.arguments(nil, ["--lock-wait", "20"]),
                                                    in: folder)
            Thread.sleep(forTimeInterval: 0.5)
            let away = folder.appendingPathComponent("b.md")
            try FileManager.default.moveItem(at: scene.input.appendingPathComponent("b.md"), to: away)
            waiting.waitUntilExit()
            lock.waitUntilExit()
            try FileManager.default.moveItem(at: away, to: scene.input.appendingPathComponent("b.md"))
            #expect(waiting.terminationStatus == 0)

            let warm = try scene.build()
            #expect(warm.status == 0, "stderr: \(warm.standardError)")
            let shared = try String(contentsOf: scene.output.appendingPathComponent("topics/shared/rss.xml"), encoding: .utf8)
            #expect(shared.components(separatedBy: "<item>").count - 1 == 2)
            try scene.expectEqualsColdBuild()
        }
    }

    @Test("an unreadable file (mode 000, as nobody) made readable is published by the next warm run; the other way round it is reported",
          .enabled(if: Nobody.isAvailable, "needs root and setpriv able to run the built feedpub as nobody"))
    func unreadableThenReadable() throws {
        try withTemporaryFolder { folder in
            let scene = try Scene(folder)
            let beta = scene.input.appendingPathComponent("b.md").path
            chmod(beta, 0o000)
            let refused = try scene.build(asNobody: true)
            #expect(refused.status == 65)
            #expect(refused.errorLines.contains { $0.hasSuffix("b.md: cannot open: Permission denied") }, "stderr: \(refused.standardError)")

            chmod(beta, 0o644)
            let readable = try scene.build(asNobody: true)
            #expect(readable.status == 0, "stderr: \(readable.standardError)")
            try scene.expectEqualsColdBuild(asNobody: true)

            chmod(beta, 0o000)
            defer { chmod(beta, 0o644) }
            let unreadable = try scene.build(asNobody: true)
            #expect(unreadable.status == 65)
            #expect(unreadable.errorLines.contains { $0.hasSuffix("b.md: cannot open: Permission denied") },
                    "stderr: \(unreadable.standardError)")
        }
    }
}
