import Foundation
import Testing
import TestSupport

/// Archive pages rendered in several batches of articles (`FEEDPUB_ARTICLES_PER_BATCH` lowers
/// the batch size, 50,000 articles otherwise with archive pages): the batches change what is held in memory, never
/// what is written.
@Suite("Archived feeds across render batches")
struct ArchiveBatchTests {
    static let options = ["--limit", "3", "--archive-page-size", "4", "--no-cache"]
    static let topics = ["Red", "Green", "Blue"]

    /// `count` articles, one a day, each on one of three topics, from `provider`s of three kinds.
    private func writeCorpus(_ input: URL, count: Int) throws {
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        for number in 1...count {
            let day = Date(timeIntervalSince1970: 1_700_000_000 + Double(number) * 86_400)
            let text = """
            ---
            title: "Article \(number)"
            excerpt: "Number \(number)."
            publishedDateTime: \(ISO8601DateFormatter().string(from: day))
            webUrl: "https://news.example.net/\(number)"
            provider:
              name: Example News \(number % 2)
              domain: news\(number % 2).example.net
            topics: [\(Self.topics[number % 3])\(number % 5 == 0 ? ", Fives" : "")]
            ---
            Body of article \(number).

            """
            try Data(text.utf8).write(to: input.appendingPathComponent(String(format: "%03d.md", number)))
        }
    }

    private func build(_ input: URL, into output: URL, in folder: URL, batch: Int?) throws -> FeedpubCommand.Result {
        try FeedpubCommand.run(["build", "--input", input.path, "--output", output.path,
                                "--base-url", "https://example.com/feeds/"] + Self.options,
                               in: folder, environment: batch.map { ["FEEDPUB_ARTICLES_PER_BATCH": String($0)] } ?? [:])
    }

    @Test("a cold build in batches of a few articles writes the same tree as one batch")
    func batchesWriteTheSameTree() throws {
        try withTemporaryFolder { folder in
            let input = folder.appendingPathComponent("seeds")
            try writeCorpus(input, count: 90)
            let whole = folder.appendingPathComponent("whole")
            let oneBatch = try build(input, into: whole, in: folder, batch: nil)
            #expect(oneBatch.status == 0, "stderr: \(oneBatch.standardError)")
            let expected = try FileTree(reading: whole)
            // Several topics' pages, so batches mix feeds.
            #expect(expected.filePaths.contains { $0.hasPrefix("topics/red/archive/") })
            #expect(expected.filePaths.contains { $0.hasPrefix("topics/fives/archive/") })
            for size in [1, 7, 40] {
                let cut = folder.appendingPathComponent("batches-\(size)")
                let run = try build(input, into: cut, in: folder, batch: size)
                #expect(run.status == 0, "stderr: \(run.standardError)")
                #expect(run.standardError == oneBatch.standardError)
                let differences = FileTree.differences(expected: expected, actual: try FileTree(reading: cut))
                #expect(differences.isEmpty, "batches of \(size): \(differences.prefix(5).joined(separator: "\n"))")
            }
        }
    }
}
