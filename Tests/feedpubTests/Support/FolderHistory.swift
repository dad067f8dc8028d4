import Foundation
import TestSupport

/// A small input folder changed between runs of `feedpub build` into one output folder, as a
/// cron job sees it: articles written by name, `feedpub.yml` replaced, each run's result kept.
struct FolderHistory {
    static let baseURL = "https://feeds.example.org/"

    let folder: URL
    var input: URL { folder.appendingPathComponent("in", isDirectory: true) }
    var output: URL { folder.appendingPathComponent("out", isDirectory: true) }

    init(in folder: URL) throws {
        self.folder = folder
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("in"), withIntermediateDirectories: true)
    }

    /// Writes (or rewrites) article `name`, published on `day` (`2024-01-05`), on `topics`.
    func article(_ name: String, day: String, topics: [String]) throws {
        let list = topics.map { "\"\($0)\"" }.joined(separator: ", ")
        let text = """
        ---
        title: "Article \(name)"
        publishedDateTime: \(day)T00:00:00Z
        originalUrl: "https://news.example.com/\(name)"
        topics: [\(list)]
        provider:
          name: Example News
        ---
        Body of \(name).

        """
        try Data(text.utf8).write(to: input.appendingPathComponent(name + ".md"))
    }

    /// Writes `text` as the input's raw file `name` (a bad article, for instance).
    func file(_ name: String, _ text: String) throws {
        try Data(text.utf8).write(to: input.appendingPathComponent(name))
    }

    /// Runs `feedpub build` with `configuration` as `feedpub.yml`, into `output` (or the usual folder).
    @discardableResult
    func run(_ configuration: String = "", arguments: [String] = [], output: URL? = nil) throws -> FeedpubCommand.Result {
        try Data(configuration.utf8).write(to: folder.appendingPathComponent("feedpub.yml"))
        return try FeedpubCommand.run(["build", "--input", input.path, "--output", (output ?? self.output).path,
                                       "--base-url", Self.baseURL] + arguments, in: folder)
    }

    /// The text of `relativePath` in the output folder; nil when absent.
    func text(_ relativePath: String) -> String? {
        try? String(contentsOf: output.appendingPathComponent(relativePath), encoding: .utf8)
    }

    /// The top-level object of a JSON Feed in the output folder.
    func jsonFeed(_ relativePath: String) throws -> [String: Any] {
        try ConfiguredBuild.object(output.appendingPathComponent(relativePath))
    }

    /// The locations feedpub wrote for nginx: `gone` or `redirects`, comment lines left out.
    func serverList(_ name: String) -> [String] {
        (text(".feedpub/nginx/\(name).conf") ?? "").split(separator: "\n").map(String.init).filter { !$0.hasPrefix("#") }
    }
}
