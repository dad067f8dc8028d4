import Foundation
import Testing
import TestSupport

/// `ResourceFolder`, read here from another target's source folder.
@Suite struct ResourceFolderTests {
    let fixtures = ResourceFolder(sourceOf: "FeedModelTests", "Fixtures")

    @Test func namesAreSortedAndMissingFolderHasNone() throws {
        let names = try fixtures.names()
        #expect(names.contains("minimal.md") && names == names.sorted())
        #expect(try fixtures.names(in: "no-such-folder") == [])
    }

    @Test func bytesOfAFileOrNilWhenThereIsNone() throws {
        #expect(try fixtures.bytes("minimal.md")?.starts(with: Array("---\n".utf8)) == true)
        #expect(try fixtures.bytes("no-such-file.md") == nil)
    }

    @Test func sourceURLIsTheTargetsFolderUnderTests() {
        #expect(fixtures.sourceURL("minimal.md").path.hasSuffix("/Tests/FeedModelTests/Fixtures/minimal.md"))
        #expect(FileManager.default.fileExists(atPath: fixtures.sourceURL("minimal.md").path))
    }

    @Test func copyLeavesTheOriginalAlone() throws {
        try withTemporaryFolder { folder in
            let copy = try fixtures.copy("fuzz", into: folder)
            #expect(copy.lastPathComponent == "fuzz")
            #expect(try FileManager.default.contentsOfDirectory(atPath: copy.path).sorted() == fixtures.names(in: "fuzz"))
        }
    }

    @Test func temporaryFolderIsRemovedAfterwards() throws {
        let used = try withTemporaryFolder { folder in
            try Data("x".utf8).write(to: folder.appendingPathComponent("file"))
            return folder
        }
        #expect(!FileManager.default.fileExists(atPath: used.path))
    }
}
