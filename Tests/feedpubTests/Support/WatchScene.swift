import Foundation
import Testing
import TestSupport

/// Articles written the ways people and tools write them, and the feeds read back, for the
/// tests of `feedpub watch`.
enum WatchScene {
    /// An article on the topic "Watching" by "Watch Desk", newer than the fixtures' (minute `minute` of 1 April 2024).
    static func article(_ slug: String, title: String, minute: Int = 0) -> String {
        """
        ---
        title: "\(title)"
        publishedDateTime: 2024-04-01T10:\(String(format: "%02d", minute % 60)):00Z
        webUrl: "https://news.example.com/watch/\(slug)"
        excerpt: "What \(title) says."
        provider:
          name: "Watch Desk"
          domain: "watch.example.com"
        topics: ["Watching"]
        ---

        The body of \(title).

        """
    }

    /// A fresh input folder `<folder>/input` with `count` articles.
    static func input(in folder: URL, count: Int = 2) throws -> URL {
        let input = folder.appendingPathComponent("input", isDirectory: true)
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        for index in 0..<count {
            try write(article("base-\(index)", title: "Base article \(index)", minute: index), to: input.appendingPathComponent("base-\(index).md"))
        }
        return input
    }

    /// Writes `text` in place: the file opened (created or truncated), written, closed, as a
    /// shell's `>` or a simple editor does.
    static func write(_ text: String, to file: URL) throws {
        guard let handle = FileHandle(forWritingAtPath: file.path) else {
            try Data(text.utf8).write(to: file)
            return
        }
        try handle.truncate(atOffset: 0)
        try handle.write(contentsOf: Data(text.utf8))
        try handle.close()
    }

    /// Writes `text` under a hidden temporary name beside `file`, then renames it into place, as
    /// rsync and most editors save.
    static func writeAndRename(_ text: String, to file: URL) throws {
        let temporary = file.deletingLastPathComponent().appendingPathComponent(".\(file.lastPathComponent).tmp")
        try Data(text.utf8).write(to: temporary)
        guard rename(temporary.path, file.path) == 0 else { throw CocoaError(.fileWriteUnknown) }
    }

    /// The entry titles of a feed.json in `output` (the all-articles feed by default), as a JSON Feed reader sees them.
    static func titles(in output: URL, feed: String = "feed.json") throws -> [String] {
        let document = try JSONSerialization.jsonObject(with: Data(contentsOf: output.appendingPathComponent(feed))) as? [String: Any]
        return (document?["items"] as? [[String: Any]] ?? []).compactMap { $0["title"] as? String }
    }

    /// The feed's own title.
    static func feedTitle(in output: URL, feed: String = "feed.json") throws -> String {
        let document = try JSONSerialization.jsonObject(with: Data(contentsOf: output.appendingPathComponent(feed))) as? [String: Any]
        return document?["title"] as? String ?? ""
    }
}
