import Foundation
import Testing

/// Golden files: compared with what the command produced, or re-recorded into the source tree
/// with `FEEDPUB_RECORD_SNAPSHOTS=1 swift test --filter feedpubTests` (a recording run fails, so
/// it is never mistaken for a passing one).
enum Snapshot {
    static let recordVariable = "FEEDPUB_RECORD_SNAPSHOTS"

    static var isRecording: Bool { ProcessInfo.processInfo.environment[recordVariable] == "1" }

    /// Expects the whole tree at `actual` to equal `Fixtures/<name>`: same relative paths (hidden
    /// files included), same bytes, nothing missing, nothing extra.
    ///
    /// Only the test that owns a snapshot records it (`records: true`); others skip the comparison
    /// while recording, so that parallel tests never rewrite one folder at once.
    static func expectTree(_ actual: URL, equals name: String, records: Bool = false,
                           sourceLocation: SourceLocation = #_sourceLocation) throws {
        if isRecording && !records { return }
        if isRecording {
            let destination = Fixtures.sourceURL(name)
            try? FileManager.default.removeItem(at: destination)
            try FileManager.default.copyItem(at: actual, to: destination)
            Issue.record("recorded Fixtures/\(name), re-run without \(recordVariable)", sourceLocation: sourceLocation)
            return
        }
        let differences = FileTree.differences(expected: try FileTree(reading: Fixtures.url(name)),
                                               actual: try FileTree(reading: actual))
        let report = differences.joined(separator: "\n")
        #expect(differences.isEmpty, "output differs from Fixtures/\(name) (re-record with \(recordVariable)=1):\n\(report)",
                sourceLocation: sourceLocation)
    }

    /// Expects `text` to equal the file `Fixtures/<relativePath>`.
    static func expectText(_ text: String, equals relativePath: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        if isRecording {
            let destination = Fixtures.sourceURL(relativePath)
            try FileManager.default.createDirectory(at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: destination)
            Issue.record("recorded Fixtures/\(relativePath), re-run without \(recordVariable)", sourceLocation: sourceLocation)
            return
        }
        let expected = try Data(contentsOf: Fixtures.url(relativePath))
        let actual = Data(text.utf8)
        let difference = actual == expected ? "" : FileTree.firstDifferingLine(expected: expected, actual: actual)
        #expect(actual == expected, "differs from Fixtures/\(relativePath)\(difference) (re-record with \(recordVariable)=1)",
                sourceLocation: sourceLocation)
    }
}
