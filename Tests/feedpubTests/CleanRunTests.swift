import Foundation
import Testing
import TestSupport

/// What a run on good input shows a user (or cron): exit 0, one summary line, warnings only.
@Suite("A clean run")
struct CleanRunTests {
    @Test("exits 0 and prints exactly one summary line with the article count")
    func exitsZeroWithOneSummaryLine() throws {
        try withTemporaryFolder { folder in
            let result = try FixtureBuild("articles", in: folder).result
            #expect(result.status == 0, "stderr: \(result.standardError)")
            #expect(result.outputLines.count == 1, "stdout: \(result.standardOutput)")
            #expect(result.standardOutput.hasSuffix("\n"))
            let summary = try #require(result.outputLines.first)
            #expect(summary.hasPrefix("feedpub: "))
            // 7 article files (two share a URL, merged later); the hidden draft and notes.json are not read.
            #expect(summary.contains("7 articles"), "summary: \(summary)")
        }
    }

    @Test("stderr holds nothing but 'feedpub: warning:' lines")
    func standardErrorHoldsOnlyWarnings() throws {
        try withTemporaryFolder { folder in
            let result = try FixtureBuild("articles", in: folder).result
            for line in result.errorLines {
                #expect(line.hasPrefix("feedpub: warning: "), "unexpected stderr line: \(line)")
            }
        }
    }

    @Test("two files with one URL give one entry and one warning naming both files")
    func duplicateURLIsMergedWithOneWarning() throws {
        try withTemporaryFolder { folder in
            let build = try FixtureBuild("articles", in: folder)
            let warnings = build.result.errorLines.filter { $0.contains("same URL") }
            #expect(warnings.count == 1, "stderr: \(build.result.standardError)")
            let warning = try #require(warnings.first)
            #expect(warning.hasPrefix("feedpub: warning: \(build.input.path)/dup-update.md: "))
            #expect(warning.contains("\(build.input.path)/dup-first.md"))
            let rss = try build.outputText("rss.xml")
            #expect(rss.components(separatedBy: "<guid isPermaLink=\"true\">https://example.org/story/merger</guid>").count == 2)
        }
    }
}
