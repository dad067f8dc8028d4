import Foundation
import Testing
import TestSupport

/// `--quiet` for cron: an unchanged run prints nothing, even with known problems; a new or
/// changed problem prints its line once; the exit status still tells.
@Suite("Quiet cron")
struct QuietCronTests {
    static let broken = "---\ntitle: \"Never closed\"\n"

    /// A folder with a known warning (two files sharing a URL) and a known error (a broken file).
    static func folderWithKnownProblems(_ folder: URL) throws -> FolderHistory {
        let site = try FolderHistory(in: folder)
        try site.article("a", day: "2024-01-01", topics: ["AI"])
        try site.article("b", day: "2024-01-02", topics: ["AI"])
        try site.file("b-copy.md", try String(contentsOf: site.input.appendingPathComponent("b.md"), encoding: .utf8))
        try site.file("broken.md", broken)
        return site
    }

    @Test("unchanged input prints nothing with --quiet; one new bad file prints exactly its line; the status stays 65")
    func quietRunsPrintOnlyNews() throws {
        try withTemporaryFolder { folder in
            let site = try Self.folderWithKnownProblems(folder)
            let first = try site.run(arguments: ["--quiet"])
            #expect(first.status == 65)
            #expect(first.errorLines.count == 2, "stderr: \(first.standardError)")
            #expect(first.standardOutput.isEmpty)

            let unchanged = try site.run(arguments: ["--quiet"])
            #expect(unchanged.status == 65)
            #expect(unchanged.standardError.isEmpty && unchanged.standardOutput.isEmpty, "stderr: \(unchanged.standardError)")

            try site.file("new-bad.md", Self.broken)
            let news = try site.run(arguments: ["--quiet"])
            #expect(news.status == 65)
            let path = site.input.appendingPathComponent("new-bad.md").path
            #expect(news.errorLines == ["feedpub: error: \(path): front matter is never closed: no second '---' line"])
            #expect(try site.run(arguments: ["--quiet"]).standardError.isEmpty)

            // Without --quiet every problem prints, as always.
            let loud = try site.run()
            #expect(loud.errorLines.count == 3, "stderr: \(loud.standardError)")
            #expect(loud.outputLines.count == 1)
        }
    }

    @Test("a problem fixed and then back prints again; a changed message is a new problem")
    func fixedThenBrokenPrintsAgain() throws {
        try withTemporaryFolder { folder in
            let site = try Self.folderWithKnownProblems(folder)
            _ = try site.run(arguments: ["--quiet"])
            try site.article("broken", day: "2024-01-03", topics: ["AI"])
            let fixed = try site.run(arguments: ["--quiet"])
            #expect(fixed.standardError.isEmpty, "stderr: \(fixed.standardError)")
            #expect(fixed.status == 0)
            try site.file("broken.md", Self.broken)
            let again = try site.run(arguments: ["--quiet"])
            #expect(again.errorLines.count == 1 && again.standardError.contains("broken.md"), "stderr: \(again.standardError)")
            try site.file("broken.md", "---\ntitle: [unclosed\n---\n")
            let changed = try site.run(arguments: ["--quiet"])
            #expect(changed.errorLines.count == 1 && changed.standardError.contains("broken.md"), "stderr: \(changed.standardError)")
        }
    }

    @Test("a hub that is down is a warning once with --quiet, not again while it stays down; the feeds stay pending")
    func hubDownWarnsOnce() throws {
        try withTemporaryFolder { folder in
            let hub = try HubStandIn(in: folder, mode: "down")
            defer { hub.stop() }
            let site = try FolderHistory(in: folder)
            try site.article("a", day: "2024-01-01", topics: ["AI"])
            let first = try site.run(arguments: ["--quiet", "--hub", hub.url])
            #expect(first.status == 0)
            #expect(first.errorLines.count == 1 && first.standardError.contains("WebSub hub \(hub.url) not told of "),
                    "stderr: \(first.standardError)")
            let asked = try hub.requests().count
            let second = try site.run(arguments: ["--quiet", "--hub", hub.url])
            #expect(second.status == 0 && second.standardError.isEmpty, "stderr: \(second.standardError)")
            // Still pending: the unchanged run asked the hub again.
            #expect(try hub.requests().count > asked)
            let loud = try site.run(arguments: ["--hub", hub.url])
            #expect(loud.standardError.contains("WebSub hub \(hub.url) not told of "), "stderr: \(loud.standardError)")
        }
    }

    @Test("without a cache (--no-cache, or a first run) --quiet prints every problem")
    func noMemoryPrintsEverything() throws {
        try withTemporaryFolder { folder in
            let site = try Self.folderWithKnownProblems(folder)
            _ = try site.run(arguments: ["--quiet"])
            let cold = try site.run(arguments: ["--quiet", "--no-cache"])
            #expect(cold.errorLines.count == 2, "stderr: \(cold.standardError)")
        }
    }
}
