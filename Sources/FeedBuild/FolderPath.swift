import Foundation

/// A folder as the user named it (`--input seeds/`), and the paths of files inside it.
public struct FolderPath: Hashable, Sendable {
    /// The folder exactly as typed: messages show it so.
    public let typed: String

    /// The folder named `typed` (it need not exist).
    public init(_ typed: String) { self.typed = typed }

    /// The path of `relative` inside the folder, for system calls and messages (the folder as typed, then `/`).
    func appending(_ relative: String) -> String { typed + "/" + relative }

    /// The path of `relative` inside the folder, the folder's trailing slashes dropped (`seeds/a.md`, also for `seeds/`).
    func display(_ relative: String) -> String {
        var folder = Substring(typed)
        while folder.count > 1 && folder.hasSuffix("/") { folder = folder.dropLast() }
        return folder == "/" ? "/" + relative : folder + "/" + relative
    }

    /// Whether `path` is this folder or below it, comparing absolute, normalised paths (the
    /// folders need not exist yet).
    public func contains(_ path: String) -> Bool {
        let (inner, outer) = (Self.components(path), Self.components(typed))
        return inner.count >= outer.count && Array(inner.prefix(outer.count)) == outer
    }

    /// The parts of `path` made absolute against the current folder, `.` and `..` resolved by name.
    private static func components(_ path: String) -> [Substring] {
        let full = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var parts: [Substring] = []
        for part in full.split(separator: "/") where part != "." {
            if part == ".." { _ = parts.popLast() } else { parts.append(part) }
        }
        return parts
    }
}
