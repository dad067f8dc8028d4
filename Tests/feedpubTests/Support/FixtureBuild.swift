import Foundation
import TestSupport

/// `feedpub build` run on a copy of a fixture folder, writing into `<folder>/feeds`, with the
/// working folder set to `folder` so that nothing can land in the repository.
struct FixtureBuild {
    static let baseURL = "https://example.com/feeds/"

    let input: URL
    let output: URL
    let result: FeedpubCommand.Result

    init(_ fixture: String, in folder: URL, arguments extra: [String] = []) throws {
        input = try ResourceFolder.fixtures.copy(fixture, into: folder)
        output = folder.appendingPathComponent("feeds", isDirectory: true)
        result = try FeedpubCommand.run(
            ["build", "--input", input.path, "--output", output.path, "--base-url", Self.baseURL] + extra,
            in: folder)
    }

    /// Runs the command again on the same folders (and so with the same cache).
    func rerun(arguments extra: [String] = []) throws -> FeedpubCommand.Result {
        try FeedpubCommand.run(
            ["build", "--input", input.path, "--output", output.path, "--base-url", Self.baseURL] + extra,
            in: input.deletingLastPathComponent())
    }

    /// The text of `relativePath` in the output folder.
    func outputText(_ relativePath: String) throws -> String {
        try String(contentsOf: output.appendingPathComponent(relativePath), encoding: .utf8)
    }
}
