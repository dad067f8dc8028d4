import Foundation
import Testing
import TestSupport
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// Issue 12: `feedpub check` reports exactly what a build reports.
extension ReliabilityTests {
    @Test("check prints the very problem lines a build prints: names that are not UTF-8, links, FIFOs, unreadable files")
    func checkReportsWhatBuildReports() throws {
        try withTemporaryFolder { folder in
            let scene = try ReliabilityScene(in: folder)
            try scene.article("a.md", title: "Alpha", day: 1)
            let latin1: [UInt8] = Array("caf".utf8) + [0xE9]
            let cafe = ReliabilityScene.text(title: "Cafe", day: 2, topics: ["Shared"], body: "Body.")
            #expect(ReliabilityScene.create(rawName: latin1 + Array(".md".utf8), in: scene.input, contents: cafe))
            #expect(ReliabilityScene.create(rawName: latin1, in: scene.input, folder: true))
            #expect(ReliabilityScene.create(rawName: latin1 + Array("/broken.md".utf8), in: scene.input, contents: "---\ntitle: x\n"))
            #expect(mkfifo(scene.input.appendingPathComponent("pipe.md").path, 0o644) == 0)
            try FileManager.default.createSymbolicLink(atPath: scene.input.appendingPathComponent("link.md").path, withDestinationPath: "pipe.md")
            let unreadable = try scene.article("z.md", title: "Zed", day: 3)
            chmod(unreadable.path, 0)
            defer { chmod(unreadable.path, 0o644) }

            let asNobody = Nobody.isAvailable
            let build = try scene.run(scene.buildArguments(), asNobody: asNobody, timeout: 15)
            let check = try scene.run(["check", "--input", scene.input.path], asNobody: asNobody, timeout: 15)
            #expect(!build.timedOut && !check.timedOut)
            #expect(build.status == 65 && check.status == 65)
            #expect(check.errorLines == build.errorLines)
            let input = scene.input.path
            var expected = ["feedpub: error: \(input)/caf\\xE9/broken.md: front matter is never closed: no second '---' line",
                            "feedpub: error: \(input)/link.md: symbolic link; not followed",
                            "feedpub: error: \(input)/pipe.md: not a regular file"]
            if asNobody { expected.append("feedpub: error: \(input)/z.md: cannot open: Permission denied") }
            #expect(build.errorLines == expected)
        }
    }
}
