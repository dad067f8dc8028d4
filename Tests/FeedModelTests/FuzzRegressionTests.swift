import Foundation
import Testing
@testable import FeedModel

/// Inputs for the libFuzzer target (`Sources/feedpub-fuzz`, dictionary `Tests/Fuzz/front-matter.dict`).
///
/// Every input the fuzzer finds a bug with is kept in `Fixtures/fuzz/<short-name>.md` and gets a
/// test here stating its expected outcome. None so far: an 11-minute run (464,374 inputs) from
/// the fixtures as seed corpus found no crash, hang, leak or out-of-memory.
@Suite struct FuzzRegressionTests {
    /// Every fixture (those in `Fixtures/fuzz/` included), as a path relative to `Fixtures/`.
    private static func allFixtures() throws -> [String] {
        let root = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        let enumerator = try #require(FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]))
        var names: [String] = []
        for case let url as URL in enumerator where try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true {
            names.append(String(url.standardizedFileURL.path.dropFirst(root.standardizedFileURL.path.count + 1)))
        }
        return names.sorted()
    }

    /// Each fixture is either decoded, and then mapped into feeds, or rejected with a one-line
    /// reason; none crashes or traps on the way.
    @Test func everyFixtureDecodesOrIsRejectedWithoutCrashing() throws {
        let names = try Self.allFixtures()
        #expect(names.count >= 27, "fixtures missing from the test bundle: \(names)")
        let site = SiteConfiguration(baseURL: "https://feeds.example.org/", title: "fuzz")
        for name in names {
            let bytes = try Fixture.bytes(name)
            do {
                let decoded = try ArticleDecoder().decode(bytes, sourcePath: name)
                let feeds = FeedCatalog.feeds(articles: [decoded.article], site: site)
                #expect(!feeds.isEmpty, "\(name): no feed")
                #expect(feeds.allSatisfy { $0.entries.count == 1 }, "\(name): an entry is missing from a feed")
            } catch {
                #expect(!error.reason.isEmpty && !error.reason.contains("\n"), "\(name): rejected without a one-line reason")
            }
        }
    }
}
