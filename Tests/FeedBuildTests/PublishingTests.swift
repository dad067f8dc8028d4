import Foundation
import Testing
@testable import FeedBuild

/// Publishing into a real folder: atomic replacement, the manifest, and files feedpub did not write.
@Suite("Publishing")
struct PublishingTests {
    /// Stages `documents` (path → text) and publishes them, as one run does.
    @discardableResult
    private func publish(_ documents: [String: String], into folder: FolderPath, dryRun: Bool = false) throws -> PublishedChanges {
        let publisher = Publisher(folder: OutputFolder(root: folder), dryRun: dryRun)
        var rendered = RenderedFiles()
        for (path, text) in documents.sorted(by: { $0.key < $1.key }) {
            rendered.staged.append(StagedDocument(path: path, staged: try publisher.stage(Array(text.utf8), for: path)))
        }
        return try publisher.publish(rendered, keeping: [])
    }

    private func inode(_ relative: String, in folder: FolderPath) -> UInt64? { FileVersion.of(folder.appending(relative))?.inode }

    @Test("a watch's kept manifest stands while its file is unchanged; rewritten by another run, it is read again")
    func knownManifest() throws {
        try withTemporaryFolder { folder in
            let output = OutputFolder(root: folder)
            let changes = try publish(["rss.xml": "one", "topics/chips/rss.xml": "chips"], into: folder)
            let written = try #require(changes.manifest)
            #expect(written.paths == Manifest(readingFrom: output).paths && written.isAsWritten)
            var known = try #require(KnownManifest(written, in: output))
            // A stand-in that differs from the file: only reuse can give it back.
            known.manifest.paths.insert("kept-in-memory.xml")
            #expect(KnownManifest.current(in: output, known: known).paths.contains("kept-in-memory.xml"))
            // Another run (a cron build) rewrites the manifest: the file is read again.
            try publish(["rss.xml": "one"], into: folder)
            #expect(KnownManifest.current(in: output, known: known).paths == ["rss.xml"])
            #expect(FileManager.default.fileExists(atPath: folder.appending("topics/chips/rss.xml")) == false)
        }
    }

    @Test("files are created, listed in the manifest, and replaced by a new file when their bytes change")
    func createAndReplace() throws {
        try withTemporaryFolder { folder in
            let changes = try publish(["rss.xml": "one", "topics/chips/rss.xml": "chips"], into: folder)
            #expect(changes.created == ["rss.xml", "topics/chips/rss.xml"])
            #expect(contents(of: Manifest.fileName, in: folder)
                == "# Files written by feedpub; it removes only these. Do not edit.\nrss.xml\ntopics/chips/rss.xml\n")
            let before = inode("rss.xml", in: folder)
            let second = try publish(["rss.xml": "two", "topics/chips/rss.xml": "chips"], into: folder)
            #expect(second.updated == ["rss.xml"] && second.unchanged == 1)
            #expect(contents(of: "rss.xml", in: folder) == "two")
            // A new inode: the new bytes were renamed into place, never written over the old ones.
            #expect(inode("rss.xml", in: folder) != before)
            let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.typed).filter { $0.hasSuffix(".tmp") }
            #expect(leftovers.isEmpty)
        }
    }

    @Test("an unchanged file keeps its inode; a file no longer produced is removed with its empty folders")
    func unchangedAndRemoved() throws {
        try withTemporaryFolder { folder in
            try publish(["rss.xml": "one", "topics/chips/rss.xml": "chips"], into: folder)
            let before = inode("rss.xml", in: folder)
            let changes = try publish(["rss.xml": "one"], into: folder)
            #expect(changes.removed == ["topics/chips/rss.xml"] && changes.changedCount == 0)
            #expect(inode("rss.xml", in: folder) == before)
            #expect(!FileManager.default.fileExists(atPath: folder.appending("topics")))
            #expect(contents(of: Manifest.fileName, in: folder)?.hasSuffix("\nrss.xml\n") == true)
        }
    }

    @Test("a file feedpub did not write is refused and left as it is, and never removed")
    func refusesForeignFile() throws {
        try withTemporaryFolder { folder in
            try write("mine", to: "index.html", in: folder)
            let changes = try publish(["index.html": "feedpub's", "rss.xml": "one"], into: folder)
            #expect(changes.refused == ["index.html"] && changes.created == ["rss.xml"])
            #expect(contents(of: "index.html", in: folder) == "mine")
            #expect(contents(of: Manifest.fileName, in: folder)?.contains("index.html") == false)
            try publish([:], into: folder)
            #expect(contents(of: "index.html", in: folder) == "mine")
        }
    }

    @Test("a dry run reports the changes and writes nothing")
    func dryRun() throws {
        try withTemporaryFolder { folder in
            let changes = try publish(["rss.xml": "one"], into: folder, dryRun: true)
            #expect(changes.created == ["rss.xml"])
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.typed).isEmpty)
        }
    }

    @Test("a folder path shows as typed, joins with one slash, and knows what is inside it")
    func folderPath() {
        let output = FolderPath("feeds/")
        #expect(output.appending("rss.xml") == "feeds//rss.xml")
        #expect(output.display("rss.xml") == "feeds/rss.xml")
        #expect(FolderPath("/").display("a.md") == "/a.md")
        #expect(output.contains("feeds/./topics/../report.json"))
        #expect(output.contains("feeds"))
        #expect(!output.contains("feeds-old/report.json"))
    }
}
