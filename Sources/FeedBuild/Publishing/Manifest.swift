/// The list of files feedpub wrote into the output folder, kept in the folder as
/// `.feedpub-manifest`, one relative path per line.
///
/// Only paths listed here are ever removed, so files a user put into the output folder are
/// never touched. A hidden name keeps it out of feed checkers and directory listings.
struct Manifest: Equatable {
    static let fileName = ".feedpub-manifest"
    private static let header = "# Files written by feedpub; it removes only these. Do not edit."

    var paths: Set<String>
    /// The file holds exactly `bytes`: this manifest was written, not read (a file read may hold
    /// lines reading skips). Writing it again would change nothing.
    var isAsWritten = false
    /// Where the run that wrote it looked for leftover temporaries, covering every path listed;
    /// nil for a manifest read.
    var leftoverPlaces: LeftoverPlaces?

    init(paths: Set<String>) { self.paths = paths }

    /// Reads the manifest of `folder`; an absent or unreadable one lists nothing.
    init(readingFrom folder: OutputFolder) {
        guard let bytes = try? FileReader.read(folder.root.appending(Self.fileName)) else {
            paths = []
            return
        }
        paths = Set(String(decoding: bytes, as: UTF8.self).split(separator: "\n").compactMap { line in
            let path = String(line)
            return Self.isListed(path) ? path : nil
        })
    }

    /// Whether `path` is kept by reading: the file as written lists only such paths.
    static func isListed(_ path: String) -> Bool { !path.hasPrefix("#") && isSafe(path) }

    var bytes: [UInt8] {
        Array(([Self.header] + paths.sorted()).joined(separator: "\n").utf8) + [0x0A]
    }

    /// A relative path that stays inside the folder: no `..`, no absolute path, no empty part.
    static func isSafe(_ path: String) -> Bool {
        !path.isEmpty && !path.hasPrefix("/") && path.split(separator: "/", omittingEmptySubsequences: false)
            .allSatisfy { !$0.isEmpty && $0 != "." && $0 != ".." }
    }
}
