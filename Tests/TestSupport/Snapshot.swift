public import Foundation
public import Testing

/// Golden files compared byte for byte with what a test produced, or re-recorded into the source
/// tree with `FEEDPUB_RECORD_SNAPSHOTS=1 swift test` (a recording run fails, so it is never
/// mistaken for a passing one).
///
/// Only the test that owns a golden file records it (`records: true`); others skip the comparison
/// while recording, so that parallel tests never rewrite one file at once.
public enum Snapshot {
    public static let recordVariable = "FEEDPUB_RECORD_SNAPSHOTS"

    public static var isRecording: Bool { ProcessInfo.processInfo.environment[recordVariable] == "1" }

    /// Expects `actual` to equal the file `<folder>/<relativePath>`.
    public static func assertMatches(_ actual: [UInt8], named relativePath: String, in folder: ResourceFolder,
                                     records: Bool = true, sourceLocation: SourceLocation = #_sourceLocation) throws {
        if isRecording {
            guard records else { return }
            let destination = folder.sourceURL(relativePath)
            try FileManager.default.createDirectory(at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(actual).write(to: destination, options: .atomic)
            Issue.record("recorded \(folder.name)/\(relativePath), re-run without \(recordVariable)", sourceLocation: sourceLocation)
            return
        }
        guard let expected = try folder.bytes(relativePath) else {
            Issue.record("no snapshot \(folder.name)/\(relativePath); record it with \(recordVariable)=1", sourceLocation: sourceLocation)
            return
        }
        if expected != actual {
            let difference = FileTree.firstDifferingLine(expected: Data(expected), actual: Data(actual))
            Issue.record("\(folder.name)/\(relativePath) differs\(difference) (re-record with \(recordVariable)=1)",
                         sourceLocation: sourceLocation)
        }
    }

    /// Expects the whole tree at `actual` to equal `<folder>/<name>`: same relative paths (hidden
    /// files included), same bytes, nothing missing, nothing extra.
    public static func expectTree(_ actual: URL, equals name: String, in folder: ResourceFolder, records: Bool = false,
                                  sourceLocation: SourceLocation = #_sourceLocation) throws {
        if isRecording {
            guard records else { return }
            let destination = folder.sourceURL(name)
            try? FileManager.default.removeItem(at: destination)
            try FileManager.default.copyItem(at: actual, to: destination)
            Issue.record("recorded \(folder.name)/\(name), re-run without \(recordVariable)", sourceLocation: sourceLocation)
            return
        }
        let differences = FileTree.differences(expected: try FileTree(reading: folder.url(name)),
                                               actual: try FileTree(reading: actual))
        let report = differences.joined(separator: "\n")
        #expect(differences.isEmpty, "output differs from \(folder.name)/\(name) (re-record with \(recordVariable)=1):\n\(report)",
                sourceLocation: sourceLocation)
    }
}
