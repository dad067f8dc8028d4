import Foundation
import Testing
import TestSupport

/// `feedpub check`: a build's problems, reported without writing anything.
@Suite("feedpub check")
struct CheckTests {
    @Test("a clean folder: exit 0, one summary line, nothing written")
    func cleanFolder() throws {
        try withTemporaryFolder { folder in
            let input = try ResourceFolder.fixtures.copy("rules", into: folder)
            let before = try FileTree(reading: folder)
            let result = try FeedpubCommand.run(["check", "--input", input.path], in: folder)
            #expect(result.status == 0, "stderr: \(result.standardError)")
            #expect(result.standardError.isEmpty)
            #expect(result.outputLines == ["feedpub check: 6 files, 6 articles, 0 errors, 0 warnings"])
            #expect(try FileTree(reading: folder) == before, "check wrote something")
        }
    }

    @Test("bad files: exit 65 and the very lines a build prints on stderr, in the same order; nothing written")
    func badFolderMatchesBuild() throws {
        for fixture in ["bad", "bad-input", "articles"] {
            try withTemporaryFolder { folder in
                let input = try ResourceFolder.fixtures.copy(fixture, into: folder)
                let check = try FeedpubCommand.run(["check", "--input", input.path], in: folder)
                #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [fixture], "check wrote something")
                let build = try FeedpubCommand.run(["build", "--input", input.path, "--output", folder.appendingPathComponent("feeds").path,
                                                    "--no-cache"], in: folder)
                #expect(check.errorLines == build.errorLines, "\(fixture)")
                let expected: Int32 = build.errorLines.contains { $0.hasPrefix("feedpub: error:") } ? 65 : 0
                #expect(check.status == expected, "\(fixture): stderr \(check.standardError)")
                #expect(!check.errorLines.isEmpty, "\(fixture) has problems, so this test proves something")
            }
        }
    }

    @Test("warnings alone pass, and fail with --strict")
    func strictWarnings() throws {
        try withTemporaryFolder { folder in
            let input = try ResourceFolder.fixtures.copy("articles", into: folder)
            let plain = try FeedpubCommand.run(["check", "--input", input.path], in: folder)
            #expect(plain.status == 0)
            #expect(plain.errorLines.allSatisfy { $0.hasPrefix("feedpub: warning:") } && !plain.errorLines.isEmpty)
            let strict = try FeedpubCommand.run(["check", "--input", input.path, "--strict"], in: folder)
            #expect(strict.status == 65)
        }
    }

    @Test("--format json: one document on stdout with files, articles and every problem; nothing on stderr")
    func jsonFormat() throws {
        try withTemporaryFolder { folder in
            let input = try ResourceFolder.fixtures.copy("bad", into: folder)
            let result = try FeedpubCommand.run(["check", "--input", input.path, "--format", "json"], in: folder)
            #expect(result.status == 65)
            #expect(result.standardError.isEmpty)
            let document = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
            #expect(Set(document.keys) == ["check_version", "input", "files", "articles", "errors", "warnings", "problems", "cleaned"])
            #expect(document["check_version"] as? Int == 1)
            #expect(document["files"] as? Int == 6)
            #expect(document["articles"] as? Int == 1)
            #expect(document["errors"] as? Int == 5)
            let problems = try #require(document["problems"] as? [[String: String]])
            #expect(problems.count == 5)
            #expect(problems.allSatisfy { $0["severity"] == "error" && $0["path"]?.hasPrefix(input.path + "/") == true })
            let reasons = RejectedFilesTests.reasons
            for (name, reason) in reasons {
                let matching = problems.filter { $0["path"] == "\(input.path)/\(name)" }
                #expect(matching.count == 1 && matching[0]["message"]?.contains(reason) == true, "\(name): \(matching)")
            }
        }
    }

    @Test("a missing input folder is exit 66; a bad feedpub.yml is exit 64")
    func failures() throws {
        try withTemporaryFolder { folder in
            let missing = try FeedpubCommand.run(["check", "--input", "nowhere"], in: folder)
            #expect(missing.status == 66)
            _ = try ResourceFolder.fixtures.copy("rules", into: folder)
            try Data("titel: x\n".utf8).write(to: folder.appendingPathComponent("feedpub.yml"))
            let bad = try FeedpubCommand.run(["check", "--input", "rules"], in: folder)
            #expect(bad.status == 64)
            #expect(bad.errorLines.first?.hasPrefix("feedpub: error: feedpub.yml:1: unknown key 'titel'") == true)
        }
    }
}
