import Foundation
import Testing
@testable import FeedModel

/// The article fixtures, each stating what it tests (`# Tests:`) and what it expects
/// (`# Expect:`) in its own text, run as one test over the folder.
@Suite struct FixtureExpectationTests {
    /// Every fixture with an `# Expect:` line (an unreadable line fails its fixture's test).
    static let fixtures: [String] = ((try? Fixture.folder.names()) ?? []).filter { name in
        guard let bytes = try? Fixture.folder.bytes(name) else { return false }
        return String(decoding: bytes, as: UTF8.self).contains("\n# Expect: ")
    }

    @Test func everyExpectingFixtureIsFound() {
        #expect(Self.fixtures.count == 23, "\(Self.fixtures)")
    }

    @Test("each fixture decodes, or is rejected, as its # Expect: lines say", arguments: fixtures)
    func fixtureMeetsItsExpectations(name: String) throws {
        let expectations = try FixtureExpectation.all(in: try Fixture.bytes(name))
        #expect(!expectations.isEmpty)
        for expectation in expectations {
            try check(expectation, name)
        }
    }

    private func check(_ expectation: FixtureExpectation, _ name: String) throws {
        switch expectation {
        case let .rejected(reason): #expect(try Fixture.rejection(name) == reason)
        case let .rejectedContaining(text): #expect(try Fixture.rejection(name)?.contains(text) == true)
        case let .rejectedStarting(text): #expect(try Fixture.rejection(name)?.hasPrefix(text) == true)
        case let .title(title): #expect(try Fixture.decode(name).article.title == title)
        case let .url(url): #expect(try Fixture.decode(name).article.url == url)
        case let .body(body): #expect(try Fixture.decode(name).article.body == body)
        case let .topics(topics): #expect(try Fixture.decode(name).article.topics == topics)
        case let .warnings(warnings): #expect(try Fixture.decode(name).warnings == warnings.map(ArticleWarning.init))
        }
    }
}
