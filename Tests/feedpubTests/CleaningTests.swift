import Foundation
import Testing
import TestSupport

/// `clean`: provider names off titles, raw JSON and repeated titles out of summaries, as the
/// built files say them, parsed back; and a switch toggled with a warm cache.
@Suite("Clean titles and summaries, end to end")
struct CleaningTests {
    private static let articles = [
        ("suffixed", "Chips rule set - Example Wire", "Regulators set limits."),
        ("json", "Markets close", #"{"_id": "abc", "title": "Markets close""#),
        ("repeated", "Rates held", "  rates HELD. "),
    ]

    private static func write(into folder: URL) throws -> URL {
        let input = folder.appendingPathComponent("input")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        for (minute, (name, title, excerpt)) in articles.enumerated() {
            let text = """
                ---
                title: \(quoted(title))
                excerpt: \(quoted(excerpt))
                publishedDateTime: 2024-03-05T10:0\(minute):00Z
                webUrl: "https://wire.example.com/\(name)"
                provider:
                  name: Example Wire
                ---

                """
            try Data(text.utf8).write(to: input.appendingPathComponent("\(name).md"))
        }
        return input
    }

    private static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    private static func items(_ output: URL) throws -> [String: [String: Any]] {
        let items = try ConfiguredBuild.items(output.appendingPathComponent("feed.json"))
        return Dictionary(uniqueKeysWithValues: items.map { (($0["id"] as? String) ?? "", $0) })
    }

    @Test("by default titles lose their own provider's name and noisy summaries fall back to the title")
    func cleanedByDefault() throws {
        try withTemporaryFolder { folder in
            _ = try Self.write(into: folder)
            let build = try ConfiguredBuild("input", in: folder, configuration: nil)
            #expect(build.result.status == 0, "stderr: \(build.result.standardError)")
            #expect(build.result.standardOutput.contains("; 1 title cleaned, 2 summaries dropped; "))
            let items = try Self.items(build.output)
            #expect(items["https://wire.example.com/suffixed"]?["title"] as? String == "Chips rule set")
            #expect(items["https://wire.example.com/suffixed"]?["summary"] as? String == "Regulators set limits.")
            #expect(items["https://wire.example.com/json"]?["summary"] as? String == "Markets close")
            #expect(items["https://wire.example.com/repeated"]?["summary"] as? String == "Rates held")
            let rss = try String(contentsOf: build.output.appendingPathComponent("rss.xml"), encoding: .utf8)
            #expect(rss.contains("<title>Chips rule set</title>") && !rss.contains("_id"))
            let report = try FeedpubCommand.run(["check", "--input", build.input.path, "--format", "json"], in: folder)
            let cleaned = try #require(try JSONSerialization.jsonObject(with: Data(report.standardOutput.utf8)) as? [String: Any])["cleaned"]
            #expect(cleaned as? [String: [String]] == ["titles": ["suffixed.md"], "summaries": ["json.md", "repeated.md"]])
        }
    }

    @Test("each switch off keeps its kind of noise, and says nothing of it")
    func switchesOff() throws {
        try withTemporaryFolder { folder in
            _ = try Self.write(into: folder)
            let yaml = "clean:\n  provider_suffix: false\n  json_summaries: false\n  repeated_titles: false\n"
            let build = try ConfiguredBuild("input", in: folder, configuration: yaml)
            #expect(!build.result.standardOutput.contains("cleaned") && !build.result.standardOutput.contains("dropped"))
            let items = try Self.items(build.output)
            #expect(items["https://wire.example.com/suffixed"]?["title"] as? String == "Chips rule set - Example Wire")
            #expect(items["https://wire.example.com/json"]?["summary"] as? String == #"{"_id": "abc", "title": "Markets close""#)
            #expect(items["https://wire.example.com/repeated"]?["summary"] as? String == "  rates HELD. ".trimmingCharacters(in: .whitespaces))
        }
    }

    @Test("after a switch is toggled, a run with a warm cache writes and reports what a run without one does",
          arguments: ["provider_suffix", "json_summaries", "repeated_titles"])
    func warmRunMatchesColdRun(_ key: String) throws {
        try withTemporaryFolder { folder in
            let input = try Self.write(into: folder)
            try CacheTests.settle(input)
            let output = folder.appendingPathComponent("feeds")
            let arguments = ["build", "--input", input.path, "--base-url", FixtureBuild.baseURL]
            let first = try FeedpubCommand.run(arguments + ["--output", output.path], in: folder)
            #expect(first.status == 0, "stderr: \(first.standardError)")
            try ConfiguredBuild.writeConfiguration("clean: {\(key): false}\n", in: folder)
            let warm = try FeedpubCommand.run(arguments + ["--output", output.path], in: folder)
            let coldOutput = folder.appendingPathComponent("cold")
            let cold = try FeedpubCommand.run(arguments + ["--output", coldOutput.path, "--no-cache"], in: folder)
            #expect(warm.status == cold.status && warm.errorLines == cold.errorLines)
            // Articles read, rejected and cleaned: the summary line but its file counts and its time.
            func counts(_ result: FeedpubCommand.Result) -> [[Substring]] { result.outputLines.map { Array($0.split(separator: ";").dropFirst().dropLast()) } }
            #expect(counts(warm) == counts(cold))
            let differences = FileTree.differences(expected: try FileTree(reading: coldOutput), actual: try FileTree(reading: output))
            #expect(differences.isEmpty, "warm run differs from a cold run:\n\(differences.joined(separator: "\n"))")
        }
    }
}
