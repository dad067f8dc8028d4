import Glibc
import FeedXML
// The comparison of the two YAML readers is a test hook, internal to FeedModel and FeedYAML,
// so it is reached with `@testable`, which only a debug build (every fuzzing build) allows.
#if DEBUG
@testable import FeedModel
@testable import FeedYAML
#else
import FeedModel
#endif

/// One input through everything an article goes through: front matter, YAML (both readers,
/// which must agree in a debug build), the article's fields, the entry mapping, and both XML writers. Built with `-sanitize=fuzzer` (and
/// `-DFUZZING`) this is a libFuzzer target; built plainly it replays files given as arguments,
/// so crashers kept as fixtures stay runnable without a fuzzer.
enum FuzzTarget {
    static let site = SiteConfiguration(baseURL: "https://feeds.example.org/", title: "fuzz")

    static func run(_ bytes: [UInt8]) {
        #if DEBUG
        guard yamlReadersAgree(bytes[...]) else {
            fatalError("the block YAML reader and libyaml read this front matter differently")
        }
        #endif
        guard let decoded = try? ArticleDecoder().decode(bytes[...], sourcePath: "fuzz.md") else { return }
        let feeds = FeedCatalog.feeds(articles: [decoded.article], site: site)
        for feed in feeds {
            for (format, writer) in [(FeedFormat.rss, RSSWriter() as any FeedWriter), (.atom, AtomWriter())] {
                guard let document = try? writer.render(feed) else { fatalError("libxml2 could not write a feed") }
                guard WellFormed.check(document) else {
                    fatalError("\(format) document is not well-formed:\n" + String(decoding: document, as: UTF8.self))
                }
            }
        }
    }

    #if DEBUG
    /// Whether the block reader, wherever it accepts a file's front matter, builds libyaml's
    /// tree, for the article schema and for the whole document. Files that are not valid UTF-8
    /// or have no front matter agree trivially (nothing reads them).
    static func yamlReadersAgree(_ file: ArraySlice<UInt8>) -> Bool {
        guard UTF8Validation.isValid(file), let frontMatter = try? FrontMatter(splitting: file) else { return true }
        return frontMatter.yaml.withUnsafeBufferPointer { yaml in
            [ArticleDecoder.schema, .any].allSatisfy { YAMLCrossCheck.agrees(yaml, schema: $0) }
        }
    }
    #endif
}

#if FUZZING
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    FuzzTarget.run(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}
#else
@main
enum Replay {
    static func main() throws {
        FeedFormat.prepareForConcurrentRendering()
        for path in CommandLine.arguments.dropFirst() {
            guard let file = fopen(path, "rb") else { throw ReplayError(message: "cannot open \(path)") }
            var bytes: [UInt8] = []
            var buffer = [UInt8](repeating: 0, count: 65_536)
            while case let count = fread(&buffer, 1, buffer.count, file), count > 0 { bytes += buffer[..<count] }
            fclose(file)
            FuzzTarget.run(bytes)
            print("ok \(path)")
        }
    }
}

struct ReplayError: Error { var message: String }
#endif
