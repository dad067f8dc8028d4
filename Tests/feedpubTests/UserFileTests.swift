import Foundation
import Testing
import TestSupport

@Suite("Files feedpub did not write")
struct UserFileTests {
    @Test("a user's own index.html in the output folder is never replaced; the rest is published and the run exits 73")
    func usersIndexPageIsLeftAlone() throws {
        try withTemporaryFolder { folder in
            let output = folder.appendingPathComponent("feeds", isDirectory: true)
            try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
            let mine = Data("<!doctype html><title>my own page</title>\n".utf8)
            try mine.write(to: output.appendingPathComponent("index.html"))

            let build = try FixtureBuild("articles", in: folder)
            #expect(build.result.status == 73, "stderr: \(build.result.standardError)")
            #expect(try Data(contentsOf: output.appendingPathComponent("index.html")) == mine)
            #expect(build.result.standardError.contains("/index.html: exists and was not written by feedpub"))
            #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("topics/ai/atom.xml").path))
            let manifest = try build.outputText(".feedpub-manifest")
            #expect(!manifest.split(separator: "\n").contains("index.html"), "manifest: \(manifest)")

            // Moved away, the next run publishes feedpub's page and takes it into the manifest.
            try FileManager.default.removeItem(at: output.appendingPathComponent("index.html"))
            let rerun = try build.rerun()
            #expect(rerun.status == 0, "stderr: \(rerun.standardError)")
            #expect(try build.outputText("index.html").contains("<!DOCTYPE html>"))
            #expect(try build.outputText(".feedpub-manifest").split(separator: "\n").contains("index.html"))
        }
    }
}

@Suite("Folders that must stay apart")
struct FolderTests {
    @Test("a cache inside the output folder, or an input inside it, is a usage error (64)",
          arguments: [["--cache", "feeds/.cache"], ["--input", "feeds/articles"], ["--input", "feeds"]])
    func foldersThatWouldBePublishedAreRefused(arguments: [String]) throws {
        try withTemporaryFolder { folder in
            let result = try FeedpubCommand.run(["build", "--output", "feeds"] + arguments, in: folder)
            #expect(result.status == 64, "stderr: \(result.standardError)")
            #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("feeds").path))
        }
    }
}
