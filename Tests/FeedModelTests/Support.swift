import Foundation
import Testing
import TestSupport
@testable import FeedModel

/// The article files in `Fixtures/`, each stating what it tests (`# Tests:`) and, where
/// `FixtureExpectationTests` checks it, what it expects (`# Expect:`).
enum Fixture {
    static let folder = ResourceFolder("Fixtures", in: .module, target: "FeedModelTests")

    static func bytes(_ name: String) throws -> ArraySlice<UInt8> {
        try #require(try folder.bytes(name), "no fixture named \(name)")[...]
    }

    static func decode(_ name: String) throws -> ArticleDecoder.Decoded {
        try ArticleDecoder().decode(bytes(name), sourcePath: name)
    }

    /// Why the decoder rejects the fixture, or nil when it accepts it.
    static func rejection(_ name: String) throws -> String? {
        let bytes = try bytes(name)
        do {
            _ = try ArticleDecoder().decode(bytes, sourcePath: name)
            return nil
        } catch {
            return error.reason
        }
    }
}

/// Decodes an inline article.
func decode(_ text: String) throws -> ArticleDecoder.Decoded {
    try ArticleDecoder().decode(Array(text.utf8)[...], sourcePath: "inline.md")
}

/// The front matter every inline article needs, to add fields to.
let requiredFields = """
    ---
    title: Inline
    publishedDateTime: 2021-07-01T12:07:00Z
    webUrl: https://news.example.com/inline

    """

/// A timestamp from an ISO 8601 literal the test knows to be valid.
func time(_ iso8601: String) -> Timestamp {
    guard let timestamp = Timestamp(iso8601: iso8601) else { preconditionFailure("bad test date \(iso8601)") }
    return timestamp
}

extension Article {
    /// An article as the decoder would produce it, with only what a test cares about spelled out.
    /// The source path defaults to the URL's last segment plus `.md`, so paths are unique like files.
    static func make(path: String? = nil, title: String = "Title", url: String = "https://news.example.com/a",
                     published: String = "2021-07-01T12:00:00Z", excerpt: String? = nil, body: String = "",
                     category: String? = nil, topics: [String] = [], provider: Provider? = nil,
                     images: [ArticleImage] = [], related: [RelatedArticle] = []) -> Article {
        Article(sourcePath: path ?? (url.split(separator: "/").last.map(String.init) ?? "index") + ".md", title: title, excerpt: excerpt, publishedAt: time(published), updatedAt: time(published),
                url: url, category: category, type: nil, quality: nil, heat: nil, isPublished: nil, provider: provider,
                topics: topics, images: images, related: related, body: body)
    }
}

extension FeedHeader {
    /// Where the feed's RSS and Atom documents are served (its `rel="self"` links).
    var rssURL: String { url(of: .rss) }
    var atomURL: String { url(of: .atom) }
}
