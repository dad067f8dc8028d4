import Foundation
import Testing
import TestSupport
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// Issue 12: what an operator's ordinary file operations do to a run. The cache never keeps a
/// result a cold run would not give, and no file (a link, a folder, a FIFO, a name that is not
/// UTF-8) can hang or silence a run.
@Suite("Reliability: the cache never lies, no file hangs or silences a run")
struct ReliabilityTests {
    // MARK: 1. A file briefly absent

    @Test("#1 a file moved out while a run waits for the lock is back in its feeds once it returns")
    func brieflyAbsentFileReturns() throws {
        try withTemporaryFolder { folder in
            let scene = try ReliabilityScene(in: folder)
            try scene.article("a.md", title: "Alpha", day: 1)
            let beta = try scene.article("b.md", title: "Beta", day: 2)
            #expect(try scene.run(scene.buildArguments(["--quiet"])).status == 0)
            try scene.article("a.md", title: "Alpha", day: 1, body: "Edited.")
            let aside = folder.appendingPathComponent("b.md")
            #expect(try !scene.whileABuildWaitsForTheLock { try FileManager.default.moveItem(at: beta, to: aside) }.timedOut)
            try FileManager.default.moveItem(at: aside, to: beta)

            let warm = try scene.run(scene.buildArguments(["--quiet"]))
            let cold = try scene.coldBuild(["--quiet"])
            #expect(warm.status == cold.outcome.status)
            let rss = try String(contentsOf: scene.output.appendingPathComponent("topics/shared/rss.xml"), encoding: .utf8)
            let differences = FileTree.differences(expected: cold.tree, actual: try FileTree(reading: scene.output))
            #expect(rss.contains("Beta"))
            #expect(differences == [])
        }
    }

    // MARK: 2. A failed read is not settled

    @Test("#2 a file rejected as unreadable is read again once readable", .enabled(if: Nobody.isAvailable))
    func unreadableThenReadable() throws {
        try withTemporaryFolder { folder in
            let scene = try ReliabilityScene(in: folder)
            try scene.article("a.md", title: "Alpha", day: 1)
            let beta = try scene.article("b.md", title: "Beta", day: 2)
            chmod(beta.path, 0o600)
            let first = try scene.run(scene.buildArguments(), asNobody: true)
            #expect(first.status == 65)
            #expect(first.standardError.contains("Permission denied"))
            chmod(beta.path, 0o644)
            let warm = try scene.run(scene.buildArguments(), asNobody: true)
            #expect(warm.status == 0, "stderr: \(warm.standardError)")
            #expect(!warm.standardError.contains("Permission denied"))
        }
    }

    @Test("#2 a cached article that becomes unreadable is reported, as a cold run reports it", .enabled(if: Nobody.isAvailable))
    func readableThenUnreadable() throws {
        try withTemporaryFolder { folder in
            let scene = try ReliabilityScene(in: folder)
            try scene.article("a.md", title: "Alpha", day: 1)
            let beta = try scene.article("b.md", title: "Beta", day: 2)
            #expect(try scene.run(scene.buildArguments(), asNobody: true).status == 0)
            chmod(beta.path, 0o000)
            let warm = try scene.run(scene.buildArguments(), asNobody: true)
            #expect(warm.status == 65)
            #expect(warm.standardError.contains("Permission denied"))
        }
    }

    @Test("#2 a file that vanished between listing and reading is read once it is back")
    func vanishedBeforeReadingThenBack() throws {
        try withTemporaryFolder { folder in
            let scene = try ReliabilityScene(in: folder)
            try scene.article("a.md", title: "Alpha", day: 1)
            let beta = try scene.article("b.md", title: "Beta", day: 2)
            let aside = folder.appendingPathComponent("b.md")
            #expect(try !scene.whileABuildWaitsForTheLock { try FileManager.default.moveItem(at: beta, to: aside) }.timedOut)
            try FileManager.default.moveItem(at: aside, to: beta)

            let warm = try scene.run(scene.buildArguments())
            #expect(warm.status == 0, "stderr: \(warm.standardError)")
            #expect(!warm.standardError.contains("No such file"))
        }
    }

    // MARK: 3. A link or a folder where a file goes

    @Test("#3 a symbolic link, a folder or a FIFO where an output file goes is refused like a user's file",
          arguments: ["symlink", "folder", "FIFO"])
    func nonRegularOutputIsRefused(kind: String) throws {
        try withTemporaryFolder { folder in
            let scene = try ReliabilityScene(in: folder)
            try scene.article("a.md", title: "Alpha", day: 1)
            let index = scene.output.appendingPathComponent("index.html")
            if kind == "symlink" {
                try Data("<p>mine</p>\n".utf8).write(to: folder.appendingPathComponent("mine.html"))
                try FileManager.default.createSymbolicLink(atPath: index.path, withDestinationPath: "../mine.html")
            } else if kind == "folder" {
                try FileManager.default.createDirectory(at: index, withIntermediateDirectories: false)
            } else {
                try FileManager.default.createDirectory(at: scene.output, withIntermediateDirectories: true)
                #expect(mkfifo(index.path, 0o644) == 0)
            }
            let outcome = try scene.run(scene.buildArguments(), timeout: 10)
            #expect(outcome.status == 73, "stderr: \(outcome.standardError)")
            #expect(FileManager.default.fileExists(atPath: scene.output.appendingPathComponent("topics/shared/rss.xml").path))
            let what = ["symlink": "a symbolic link", "folder": "a folder", "FIFO": "a FIFO"][kind]!
            #expect(outcome.errorLines == ["feedpub: error: \(scene.output.path)/index.html: exists and is \(what), "
                + "not a file written by feedpub; not replaced: move it away to publish this file"])
            guard kind != "FIFO" else { return }
            let kept = try FileManager.default.attributesOfItem(atPath: index.path)[.type] as? FileAttributeType
            #expect(kept == (kind == "symlink" ? .typeSymbolicLink : .typeDirectory))
        }
    }

    // MARK: 4. Names that are not UTF-8

    @Test("#4 an article whose name is not UTF-8 is read, by build and by check", arguments: ["file", "folder"])
    func latin1NamesAreRead(kind: String) throws {
        try withTemporaryFolder { folder in
            let scene = try ReliabilityScene(in: folder)
            try scene.article("a.md", title: "Alpha", day: 1)
            let text = ReliabilityScene.text(title: "Cafe", day: 2, topics: ["Shared"], body: "Body.")
            let latin1: [UInt8] = Array("caf".utf8) + [0xE9]
            if kind == "file" {
                #expect(ReliabilityScene.create(rawName: latin1 + Array(".md".utf8), in: scene.input, contents: text))
            } else {
                #expect(ReliabilityScene.create(rawName: latin1, in: scene.input, folder: true))
                #expect(ReliabilityScene.create(rawName: latin1 + Array("/b.md".utf8), in: scene.input, contents: text))
            }
            let build = try scene.run(scene.buildArguments())
            let check = try scene.run(["check", "--input", scene.input.path])
            #expect(build.status == 0, "stderr: \(build.standardError)")
            #expect(build.standardOutput.contains("; 2 articles read, "), "stdout: \(build.standardOutput)")
            #expect(check.standardOutput.hasPrefix("feedpub check: 2 files, 2 articles"), "stdout: \(check.standardOutput)")
            #expect(build.standardError.isEmpty && check.standardError.isEmpty, "\(build.standardError)\(check.standardError)")
            #expect(try String(contentsOf: scene.output.appendingPathComponent("rss.xml"), encoding: .utf8).contains("Cafe"))
        }
    }

    // MARK: 5. Containment on real paths

    @Test("#5 the cache, the report and the input are refused inside the output folder reached through a link",
          arguments: ["cache", "report", "input", "cache through the link"])
    func containmentFollowsLinks(kind: String) throws {
        try withTemporaryFolder { folder in
            let scene = try ReliabilityScene(in: folder)
            try scene.article("a.md", title: "Alpha", day: 1)
            let real = folder.appendingPathComponent("srv/feeds")
            try FileManager.default.createDirectory(at: real, withIntermediateDirectories: true)
            let link = folder.appendingPathComponent("www")
            try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "srv/feeds")
            var arguments = ["build", "--input", scene.input.path, "--output", link.path]
            switch kind {
            case "cache": arguments += ["--cache", real.path + "/cache"]
            case "report": arguments += ["--report", real.path + "/report.json"]
            case "input":
                try FileManager.default.copyItem(at: scene.input, to: real.appendingPathComponent("input"))
                arguments[2] = real.path + "/input"
            default: arguments = ["build", "--input", scene.input.path, "--output", real.path, "--cache", link.path + "/cache"]
            }
            let outcome = try scene.run(arguments)
            #expect(outcome.status == 64, "stderr: \(outcome.standardError)")
            #expect(!FileManager.default.fileExists(atPath: real.appendingPathComponent("rss.xml").path))
        }
    }
}
