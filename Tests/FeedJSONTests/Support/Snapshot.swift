import Foundation
import Testing

/// Golden files in `Snapshots/` beside the test file, compared byte for byte.
///
/// `FEEDPUB_RECORD_SNAPSHOTS=1 swift test` rewrites them in the source tree and fails every test
/// that recorded, so a recording never passes silently.
enum Snapshot {
    static let recordVariable = "FEEDPUB_RECORD_SNAPSHOTS"

    static var isRecording: Bool { ProcessInfo.processInfo.environment[recordVariable] == "1" }

    static func assertMatches(_ actual: [UInt8], named name: String, testFilePath: String = #filePath,
                              sourceLocation: SourceLocation = #_sourceLocation) throws {
        if isRecording {
            let url = URL(fileURLWithPath: testFilePath).deletingLastPathComponent()
                .appendingPathComponent("Snapshots").appendingPathComponent(name)
            try Data(actual).write(to: url, options: .atomic)
            Issue.record("recorded snapshot, re-run without \(recordVariable): \(url.path)", sourceLocation: sourceLocation)
            return
        }
        guard let expected = try stored(name) else {
            Issue.record("no snapshot Snapshots/\(name); record it with \(recordVariable)=1", sourceLocation: sourceLocation)
            return
        }
        if expected != actual {
            Issue.record("Snapshots/\(name) differs: \(firstDifference(expected, actual))", sourceLocation: sourceLocation)
        }
    }

    /// The golden file's bytes as the test bundle holds them, or nil when there is none.
    static func stored(_ name: String) throws -> [UInt8]? {
        try Bundled.bytes(name, in: "Snapshots")
    }

    /// The names of every golden file in the test bundle, sorted.
    static func storedNames() throws -> [String] {
        try Bundled.names(in: "Snapshots")
    }

    /// The first line that differs, both ways, for the failure message.
    private static func firstDifference(_ expected: [UInt8], _ actual: [UInt8]) -> String {
        let old = String(decoding: expected, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let new = String(decoding: actual, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(old.count, new.count) {
            let was = index < old.count ? String(old[index]) : "<end of file>"
            let now = index < new.count ? String(new[index]) : "<end of file>"
            if was != now { return "line \(index + 1)\n  expected: \(was)\n  actual:   \(now)" }
        }
        return "same lines, different bytes (\(expected.count) expected, \(actual.count) actual)"
    }
}

/// Files copied into the test bundle (`Fixtures/`, `Snapshots/`).
enum Bundled {
    /// The bytes of `folder/path`, or nil when there is no such file.
    static func bytes(_ path: String, in folder: String) throws -> [UInt8]? {
        guard let root = Bundle.module.url(forResource: folder, withExtension: nil) else { return nil }
        let url = root.appendingPathComponent(path)
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        return try [UInt8](Data(contentsOf: url))
    }

    /// The names in `folder`, sorted.
    static func names(in folder: String) throws -> [String] {
        guard let url = Bundle.module.url(forResource: folder, withExtension: nil) else { return [] }
        return try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
    }
}
