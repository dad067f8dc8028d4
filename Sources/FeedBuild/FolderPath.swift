import Foundation

/// A folder as the user named it (`--input seeds/`), and the paths of files inside it.
public struct FolderPath: Hashable, Sendable {
    /// The folder exactly as typed: messages show it so.
    public let typed: String

    /// The folder named `typed` (it need not exist).
    public init(_ typed: String) { self.typed = typed }

    /// The path of `relative` inside the folder, for system calls and messages (the folder as typed, then `/`).
    func appending(_ relative: String) -> String { typed + "/" + relative }

    /// The path of `relative` inside the folder, the folder's trailing slashes dropped (`seeds/a.md`, also for `seeds/`),
    /// the bytes of a name that is not UTF-8 shown as `\xE9`.
    func display(_ relative: String) -> String {
        var folder = Substring(typed)
        while folder.count > 1 && folder.hasSuffix("/") { folder = folder.dropLast() }
        let name = FileName.escaped(relative)
        return folder == "/" ? "/" + name : folder + "/" + name
    }

    /// Whether `path` is this folder or below it, comparing real places: symbolic links are
    /// resolved in the part of each path that exists, the rest is taken by name (the folders
    /// need not exist yet).
    public func contains(_ path: String) -> Bool {
        let (inner, outer) = (Self.realComponents(path), Self.realComponents(typed))
        return inner.count >= outer.count && Array(inner.prefix(outer.count)) == outer
    }

    /// The parts of `path` made absolute, its longest existing prefix resolved by realpath(3),
    /// then the remaining parts appended with `.` and `..` resolved by name.
    private static func realComponents(_ path: String) -> [Substring] {
        let full = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var rest = full.split(separator: "/")
        var missing: [Substring] = []
        while true {
            if let resolved = realpath("/" + rest.joined(separator: "/"), nil) {
                defer { free(resolved) }
                return normalised(String(cString: resolved).split(separator: "/") + missing)
            }
            guard let last = rest.popLast() else { return normalised(missing) }
            missing.insert(last, at: 0)
        }
    }

    private static func normalised(_ components: [Substring]) -> [Substring] {
        var parts: [Substring] = []
        for part in components where part != "." {
            if part == ".." { _ = parts.popLast() } else { parts.append(part) }
        }
        return parts
    }
}
