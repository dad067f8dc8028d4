import Foundation
import Testing
import TestSupport

/// `FileTree`, the comparison behind every golden tree.
@Suite struct FileTreeTests {
    private func make(_ files: [String: String], in folder: URL, emptyFolders: [String] = []) throws -> FileTree {
        for (path, text) in files {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        for path in emptyFolders {
            try FileManager.default.createDirectory(at: folder.appendingPathComponent(path), withIntermediateDirectories: true)
        }
        return try FileTree(reading: folder)
    }

    @Test func readsHiddenFilesNestedFilesAndEmptyFolders() throws {
        try withTemporaryFolder { folder in
            let tree = try make([".hidden": "h", "a/b.txt": "b"], in: folder, emptyFolders: ["empty"])
            #expect(tree.filePaths == [".hidden", "a/b.txt"])
            #expect(tree.entries["empty/"] == .emptyFolder)
        }
    }

    @Test func differencesNameMissingUnexpectedAndDifferingPaths() throws {
        try withTemporaryFolder { folder in
            let old = try make(["same": "s", "gone": "g", "changed": "one\ntwo\n"], in: folder.appendingPathComponent("old"))
            let new = try make(["same": "s", "added": "a", "changed": "one\nTWO\n"], in: folder.appendingPathComponent("new"))
            #expect(FileTree.differences(expected: old, actual: new) == [
                "unexpected: added", "differs: changed at line 2: expected «two», got «TWO»", "missing: gone",
            ])
            #expect(FileTree.differences(expected: old, actual: old) == [])
        }
    }

    @Test func sameLinesDifferentBytesIsReported() {
        #expect(FileTree.firstDifferingLine(expected: Data("a\n".utf8), actual: Data("a\n".utf8) + Data([0xFF]))
                .hasPrefix(" at line 2"))
    }
}
