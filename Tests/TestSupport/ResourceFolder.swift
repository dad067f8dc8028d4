public import Foundation

/// A folder a test target copies into its bundle (`Fixtures/`, `Snapshots/`), and the same folder
/// in the source tree, where recorded snapshots are written.
public struct ResourceFolder: Sendable {
    /// The folder's name as the target spells it, for messages: `Snapshots`, `Fixtures`.
    public let name: String
    /// Where the files are read.
    public let url: URL
    /// `Tests/<target>/<name>` in the source tree.
    public let sourceURL: URL

    /// `name` as `bundle` holds it; `target` is the test target's folder under `Tests/`.
    public init(_ name: String, in bundle: Bundle, target: String) {
        self.name = name
        url = bundle.resourceURL!.appendingPathComponent(name, isDirectory: true)
        sourceURL = Self.testsFolder.appendingPathComponent(target).appendingPathComponent(name, isDirectory: true)
    }

    /// Another target's folder, read from the source tree: one golden file serves two targets.
    public init(sourceOf target: String, _ name: String) {
        self.name = name
        sourceURL = Self.testsFolder.appendingPathComponent(target).appendingPathComponent(name, isDirectory: true)
        url = sourceURL
    }

    /// `Tests/`, two levels above this file.
    private static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()

    /// `<folder>/<relativePath>`.
    public func url(_ relativePath: String) -> URL { url.appendingPathComponent(relativePath) }

    /// `<folder>/<relativePath>` in the source tree.
    public func sourceURL(_ relativePath: String) -> URL { sourceURL.appendingPathComponent(relativePath) }

    /// The bytes of `relativePath`, or nil when there is no such file.
    public func bytes(_ relativePath: String) throws -> [UInt8]? {
        let file = url(relativePath)
        guard FileManager.default.fileExists(atPath: file.path) else { return nil }
        return try [UInt8](Data(contentsOf: file))
    }

    /// The names in `relativePath` (the folder itself when empty), sorted; none when it is missing.
    public func names(in relativePath: String = "") throws -> [String] {
        let folder = relativePath.isEmpty ? url : url(relativePath)
        guard FileManager.default.fileExists(atPath: folder.path) else { return [] }
        return try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    /// A copy of `relativePath` inside `folder`, so a run never touches the original.
    public func copy(_ relativePath: String, into folder: URL) throws -> URL {
        let copy = folder.appendingPathComponent(relativePath, isDirectory: true)
        try FileManager.default.copyItem(at: url(relativePath), to: copy)
        return copy
    }
}
