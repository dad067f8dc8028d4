import Foundation
import Testing
import TestSupport

/// Golden-file comparison: equal bytes pass, a difference or a missing file fails. Skipped while
/// recording, when every comparison records instead.
@Suite(.disabled(if: Snapshot.isRecording, "recording")) struct SnapshotTests {
    let fixtures = ResourceFolder(sourceOf: "FeedModelTests", "Fixtures")

    @Test func equalBytesPass() throws {
        let bytes = try #require(try fixtures.bytes("minimal.md"))
        try Snapshot.assertMatches(bytes, named: "minimal.md", in: fixtures, records: false)
    }

    @Test func differentBytesFail() throws {
        withKnownIssue {
            try Snapshot.assertMatches(Array("other".utf8), named: "minimal.md", in: fixtures, records: false)
        }
    }

    @Test func missingGoldenFileFails() throws {
        withKnownIssue {
            try Snapshot.assertMatches([], named: "no-such-file.md", in: fixtures, records: false)
        }
    }

    @Test func equalTreesPassAndDifferentOnesFail() throws {
        try withTemporaryFolder { folder in
            let copy = try fixtures.copy("fuzz", into: folder)
            try Snapshot.expectTree(copy, equals: "fuzz", in: fixtures)
            try Data("x".utf8).write(to: copy.appendingPathComponent("extra.md"))
            withKnownIssue {
                try Snapshot.expectTree(copy, equals: "fuzz", in: fixtures)
            }
        }
    }
}
