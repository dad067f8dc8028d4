import Foundation

/// The fixture folders beside the tests: `articles/`, `bad/`, `expected/`, `help/`.
enum Fixtures {
    /// `Fixtures/<relativePath>` as copied into the test bundle by SwiftPM.
    static func url(_ relativePath: String) -> URL {
        Bundle.module.resourceURL!.appendingPathComponent("Fixtures").appendingPathComponent(relativePath)
    }

    /// `Fixtures/<relativePath>` in the source tree, where snapshots are re-recorded.
    static func sourceURL(_ relativePath: String) -> URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()   // Support
            .deletingLastPathComponent()   // feedpubTests
            .appendingPathComponent("Fixtures")
            .appendingPathComponent(relativePath)
    }

    /// A copy of fixture folder `name` inside `folder`, so a run never touches the fixtures.
    static func copy(_ name: String, into folder: URL) throws -> URL {
        let copy = folder.appendingPathComponent(name, isDirectory: true)
        try FileManager.default.copyItem(at: url(name), to: copy)
        return copy
    }
}
