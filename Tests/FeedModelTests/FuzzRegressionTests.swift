import Foundation
import Testing
@testable import FeedModel
@testable import FeedYAML

/// Inputs for the libFuzzer target (`Sources/feedpub-fuzz`, dictionary `Tests/Fuzz/front-matter.dict`).
///
/// Every input the fuzzer finds a bug with is kept in `Fixtures/fuzz/<short-name>.md` and gets a
/// test here stating its expected outcome.
@Suite struct FuzzRegressionTests {
    /// `schema-leak.md` (`---`, `---`: the shortest input that reaches the YAML parser). It
    /// built `ArticleDecoder.schema`, an indirect enum whose `.list` boxes Swift stored with the
    /// case tag in the pointer's spare bits; LeakSanitizer could not see them and failed every
    /// fuzzing session at exit. Only a sanitizer build shows the leak; here, the input's outcome.
    @Test func schemaLeakIsRejectedAsNotAMapping() throws {
        #expect(try Fixture.rejection("fuzz/schema-leak.md") == "front matter is empty, not a mapping of keys to values")
    }

    /// The schema that replaced the enum builds what the decoder reads and skips the rest.
    @Test func decoderSchemaKeepsOnlyWhatIsRead() throws {
        let schema = ArticleDecoder.schema
        #expect(schema.child(forKey: "secured") == nil)
        let title = try #require(schema.child(forKey: "title"))
        #expect(title.child(forKey: "anything") != nil && title.item.child(forKey: "anything") != nil)
        let provider = try #require(schema.child(forKey: "provider"))
        #expect(provider.child(forKey: "name") != nil && provider.child(forKey: "logo") == nil)
        let image = try #require(schema.child(forKey: "images")).item
        #expect(image.child(forKey: "url") != nil && image.child(forKey: "caption") == nil)
        let related = try #require(schema.child(forKey: "related")).item
        #expect(related.child(forKey: "originalUrl") != nil && related.child(forKey: "summary") == nil)
    }

    /// The same skipping seen through the decoder: unread keys, nested ones included, and an
    /// alias to an anchor inside a skipped value, which reads as null.
    @Test func skippedValuesAreNotReadThroughAliases() throws {
        let decoded = try decode(requiredFields + """
            secured: {token: &t Secret}
            provider: {name: Wire, logo: &l https://x.example/logo.png}
            images:
              - {url: https://x.example/a.png, caption: &c Caption, width: 10}
            related:
              - {webUrl: https://x.example/b, title: *c}
            category: *t
            ---
            """)
        #expect(decoded.article.provider == Provider(name: "Wire", domain: nil))
        #expect(decoded.article.images == [ArticleImage(url: "https://x.example/a.png", width: 10, height: nil)])
        #expect(decoded.article.related == [RelatedArticle(url: "https://x.example/b", title: nil)])
        #expect(decoded.article.category == nil)
    }

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
        #expect(names.contains { $0.hasPrefix("fuzz/") }, "no fuzz/ fixtures found: \(names)")
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
