import Foundation
@testable import FeedBuild
import TestSupport

/// TestSupport's fresh temporary folder, as the engine names folders.
func withTemporaryFolder<T>(_ body: (FolderPath) throws -> T) throws -> T {
    try TestSupport.withTemporaryFolder { url in try body(FolderPath(url.path)) }
}

/// Writes `text` to `relative` inside `folder`, creating its folders.
func write(_ text: String, to relative: String, in folder: FolderPath) throws {
    let path = folder.appending(relative)
    try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
}

/// The text of `relative` inside `folder`, or nil when there is no such file.
func contents(of relative: String, in folder: FolderPath) -> String? {
    FileManager.default.contents(atPath: folder.appending(relative)).map { String(decoding: $0, as: UTF8.self) }
}

/// An article file with the fields every article needs.
func article(_ slug: String, topics: [String] = ["Chips"], day: Int = 1) -> String {
    """
    ---
    title: "Article \(slug)"
    publishedDateTime: 2024-03-\(day < 10 ? "0" : "")\(day)T10:00:00Z
    webUrl: "https://news.example.com/\(slug)"
    topics: [\(topics.joined(separator: ", "))]
    ---
    Body of \(slug).
    """
}
