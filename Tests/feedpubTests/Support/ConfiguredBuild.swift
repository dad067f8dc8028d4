import Foundation
import TestSupport

/// `feedpub build` on a copy of a fixture folder with `feedpub.yml` written into the working
/// folder first (nil: no configuration file at all).
struct ConfiguredBuild {
    let folder: URL
    let input: URL
    let output: URL
    let result: FeedpubCommand.Result

    init(_ fixture: String, in folder: URL, configuration: String?, arguments extra: [String] = []) throws {
        self.folder = folder
        input = folder.appendingPathComponent(fixture)
        if !FileManager.default.fileExists(atPath: input.path) { _ = try ResourceFolder.fixtures.copy(fixture, into: folder) }
        output = folder.appendingPathComponent("feeds", isDirectory: true)
        try Self.writeConfiguration(configuration, in: folder)
        result = try FeedpubCommand.run(["build", "--input", input.path, "--output", output.path] + extra, in: folder)
    }

    static func writeConfiguration(_ text: String?, in folder: URL) throws {
        let file = folder.appendingPathComponent("feedpub.yml")
        if let text {
            try Data(text.utf8).write(to: file)
        } else if FileManager.default.fileExists(atPath: file.path) {
            try FileManager.default.removeItem(at: file)
        }
    }

    /// The `id`s of a JSON feed's items, in order.
    func itemIDs(_ relativePath: String = "feed.json") throws -> [String] {
        try Self.items(output.appendingPathComponent(relativePath)).compactMap { $0["id"] as? String }
    }

    static func items(_ file: URL) throws -> [[String: Any]] {
        let object = try JSONSerialization.jsonObject(with: try Data(contentsOf: file)) as? [String: Any]
        return object?["items"] as? [[String: Any]] ?? []
    }

    /// A JSON document's top-level object.
    static func object(_ file: URL) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: try Data(contentsOf: file)) as? [String: Any] ?? [:]
    }
}
