import Foundation
import Testing
import TestSupport

/// `Fixtures/bad`: five files that must be rejected and one good file that must still be published.
@Suite("Rejected input files")
struct RejectedFilesTests {
    /// Each bad file, with words its reason must contain.
    static let reasons = [
        "invalid-yaml.md": "invalid YAML",
        "javascript-url.md": "not an absolute http(s) URL",
        "missing-title.md": "missing 'title'",
        "no-front-matter.md": "no front matter",
        "unclosed.md": "never closed",
    ]

    @Test("exits 65 and still prints the summary, counting the rejected files")
    func exitsWithDataError() throws {
        try withTemporaryFolder { folder in
            let result = try FixtureBuild("bad", in: folder).result
            #expect(result.status == 65, "stderr: \(result.standardError)")
            #expect(result.outputLines.count == 1, "stdout: \(result.standardOutput)")
            #expect(result.standardOutput.contains("5 files rejected"), "stdout: \(result.standardOutput)")
        }
    }

    @Test("the good file is still published")
    func goodFileIsStillPublished() throws {
        try withTemporaryFolder { folder in
            let build = try FixtureBuild("bad", in: folder)
            for feed in ["rss.xml", "atom.xml", "topics/resilience/rss.xml", "topics/resilience/atom.xml"] {
                let text = try build.outputText(feed)
                #expect(text.contains("Good article survives"), "\(feed) lacks the good article")
                #expect(WellFormedXML.problem(in: Data(text.utf8)) == nil, "\(feed) is not well formed")
            }
        }
    }

    @Test("one 'feedpub: error: <path>: <reason>' line per bad file, and no other line")
    func oneErrorLinePerBadFile() throws {
        try withTemporaryFolder { folder in
            let build = try FixtureBuild("bad", in: folder)
            let lines = build.result.errorLines
            #expect(lines.count == Self.reasons.count, "stderr: \(build.result.standardError)")
            for (name, reason) in Self.reasons.sorted(by: { $0.key < $1.key }) {
                let prefix = "feedpub: error: \(build.input.path)/\(name): "
                let matching = lines.filter { $0.hasPrefix(prefix) }
                #expect(matching.count == 1, "expected one line starting '\(prefix)', stderr: \(build.result.standardError)")
                if let line = matching.first { #expect(line.contains(reason), "\(name): '\(reason)' not in: \(line)") }
            }
            #expect(!lines.contains { $0.contains("good.md") })
        }
    }

    /// An input whose file name or field value holds a line break.
    struct LineBreakCase: Sendable, CustomTestStringConvertible {
        var fileName: String
        var frontMatter: String
        var testDescription: String
    }

    @Test("a problem is reported on exactly one stderr line, even when a name or value holds a line break",
          arguments: [
              LineBreakCase(fileName: "evil\nfeedpub: warning: forged.md",
                            frontMatter: "title: x\n", testDescription: "line break in the file name"),
              LineBreakCase(fileName: "date.md",
                            frontMatter: "title: x\nwebUrl: https://example.com/x\npublishedDateTime: \"2024\\nfeedpub: warning: forged\"\n---\n",
                            testDescription: "line break in a bad date"),
              LineBreakCase(fileName: "url.md",
                            frontMatter: "title: x\npublishedDateTime: 2024-01-01T00:00:00Z\nwebUrl: \"javascript:x\\nfeedpub: error: forged.md: fake\"\n---\n",
                            testDescription: "line break in a bad URL"),
          ])
    func lineBreakStaysOnOneLine(_ input: LineBreakCase) throws {
        try withTemporaryFolder { folder in
            let articles = folder.appendingPathComponent("articles")
            try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: false)
            try Data("---\n\(input.frontMatter)".utf8).write(to: articles.appendingPathComponent(input.fileName))
            let result = try FeedpubCommand.run(
                ["build", "--input", articles.path, "--output", folder.appendingPathComponent("feeds").path], in: folder)
            #expect(result.status == 65)
            #expect(result.errorLines.count == 1, "stderr: \(result.standardError)")
            #expect(result.errorLines.first?.hasPrefix("feedpub: error: \(articles.path)/") == true)
        }
    }
}
