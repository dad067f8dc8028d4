import Foundation
import Testing
import TestSupport

/// Bad input, one fixture per case (`Fixtures/bad-input/<case>.md`, whose first front-matter line
/// is a comment saying what it tests), each run through the real binary beside a good article:
/// the exact stderr lines (`feedpub: error: <input>/<file>: <reason>` for a rejected file,
/// `feedpub: warning: …` for a documented sanitisation), exit 65 when a file is rejected and 0
/// when there are only warnings, and for every case the invariants of `BadInputRun`: the run goes
/// on, every feed is well-formed, nothing is written outside the output folder, and `secured`
/// appears nowhere.
@Suite("Bad input: one message per file")
struct BadInputMessagesTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var fixture: String
        /// Expected stderr, exactly; `<input>` stands for the input folder.
        var errorLines: [String]
        var testDescription: String { fixture }

        /// Rejected: one error line, exit 65.
        static func rejected(_ fixture: String, _ reason: String) -> Case {
            Case(fixture: fixture, errorLines: ["feedpub: error: <input>/\(fixture): \(reason)"])
        }

        /// Published, with these warnings (none: published silently, as documented), exit 0.
        static func published(_ fixture: String, warnings: [String] = []) -> Case {
            Case(fixture: fixture, errorLines: warnings.map { "feedpub: warning: <input>/\(fixture): \($0)" })
        }

        var isRejected: Bool { errorLines.contains { $0.hasPrefix("feedpub: error: ") } }
    }

    static let cases: [Case] = [
        // The front matter's shape.
        .rejected("no-front-matter.md", "no front matter: the file does not start with a '---' line"),
        .rejected("unclosed-front-matter.md", "front matter is never closed: no second '---' line"),
        .rejected("empty.md", "empty file"),
        // libyaml's own wording; it does not say "tab", but names the line of the tab (8).
        .rejected("yaml-tab-indentation.md",
                  "invalid YAML at line 8: while scanning for the next token: found character that cannot start any token"),
        .rejected("front-matter-list.md", "front matter is a list, not a mapping of keys to values"),
        .rejected("front-matter-scalar.md", "front matter is text, not a mapping of keys to values"),
        .rejected("yaml-deep-nesting.md", "invalid YAML at line 6: nesting deeper than 64 levels"),
        // The required fields.
        .rejected("missing-title.md", "missing 'title'"),
        .rejected("missing-link.md", "missing link: neither 'webUrl' nor 'originalUrl' is given"),
        .rejected("relative-url.md", "'webUrl' is not an absolute http(s) URL: '/2024/05/relative'"),
        .rejected("protocol-relative-url.md", "'webUrl' is not an absolute http(s) URL: '//example.com/scheme-relative'"),
        .rejected("javascript-url.md", "'webUrl' is not an absolute http(s) URL: 'javascript:alert(document.cookie)'"),
        .rejected("file-url.md", "'webUrl' is not an absolute http(s) URL: 'file:///etc/passwd'"),
        .rejected("other-scheme-urls.md",
                  "'webUrl' is not an absolute http(s) URL: 'ftp://example.com/article'; 'originalUrl' is not an absolute http(s) URL: 'mailto:editor@example.com'"),
        .published("javascript-url-good-original.md",
                   warnings: ["'webUrl' is not an absolute http(s) URL: 'javascript:void(0)'; using 'originalUrl'"]),
        // Dates.
        .rejected("date-month-13.md", "'publishedDateTime' is not a valid ISO 8601 date-time: '2024-13-01T10:00:00Z'"),
        .rejected("date-day-out-of-month.md", "'publishedDateTime' is not a valid ISO 8601 date-time: '2021-02-30T10:00:00Z'"),
        .published("date-without-zone.md"),
        .rejected("date-as-number.md",
                  "'publishedDateTime' is a number (1625140000), expected a date such as 2021-07-01T12:07:00Z"),
        .rejected("date-is-mapping.md", "'publishedDateTime' is a mapping, expected a date such as 2021-07-01T12:07:00Z"),
        // Wrong types.
        .published("topics-as-string.md", warnings: ["'topics' is text, expected a list; read as one topic"]),
        // Numbers where text is expected are read as written, without a warning (ArticleDecoder:
        // "numbers and booleans read as written").
        .published("numbers-as-text.md"),
        .rejected("title-is-mapping.md", "'title' is a mapping, expected text (line 4)"),
        .rejected("link-is-mapping.md", "'webUrl' is a mapping"),
        .published("nested-maps-in-optional-fields.md", warnings: [
            "'excerpt' is a mapping, expected text; ignored",
            "'category' is a list, expected text; ignored",
            "'quality' is a mapping, expected a whole number; ignored",
            "'published' is text, expected true or false; ignored",
            "'provider.name' is a mapping, expected text; ignored",
            "'topics' has 2 entries that are not text; ignored",
            "'images' is a mapping, expected a list; ignored",
            "an entry of 'related' is a list, expected a mapping; ignored",
        ]),
        // Topics: documented in the README (empty names ignored, names compared after trimming,
        // NFC and lower-casing, slugs), so published without a warning.
        .published("topics-empty-and-whitespace.md"),
        .published("topics-duplicates.md"),
        .published("topics-slug-to-nothing.md"),
        .published("topics-path-like.md"),
        // Text: XML-illegal characters are removed with a warning naming the fields, markup is
        // escaped; raw control bytes inside YAML are a libyaml error.
        .published("control-chars-escaped.md", warnings: ["control characters removed from 'title', 'excerpt', 'topics'"]),
        .published("control-chars-raw-body.md", warnings: ["control characters removed from 'body'"]),
        .published("markup-in-text.md"),
        .rejected("invalid-utf8-front-matter.md", "not valid UTF-8 (line 3)"),
        .rejected("invalid-utf8-body.md", "not valid UTF-8 (line 10)"),
    ]

    @Test("exact stderr, exit status, and the run goes on with well-formed feeds, nothing outside, no secured",
          .timeLimit(.minutes(1)), arguments: cases)
    func messageAndInvariants(_ badCase: Case) throws {
        try withTemporaryFolder { folder in
            let run = try BadInputRun(in: folder, fixtures: [badCase.fixture])
            run.expectErrorLines(badCase.errorLines)
            try run.expectInvariants(status: badCase.isRejected ? 65 : 0,
                                     articles: badCase.isRejected ? 1 : 2, rejected: badCase.isRejected ? 1 : 0)
        }
    }

    /// libyaml reports where a problem was found in lines of the YAML text; the decoder turns
    /// the line of the context into a line of the file but leaves the "(line N)" of the problem,
    /// and a reader error (a raw control byte) has no problem line at all.
    @Test("an invalid-YAML message starts the way the file's problem is reported", arguments: [
        ("yaml-unclosed-quote.md",
         "invalid YAML at line 6: while scanning a quoted scalar: found unexpected end of stream"),
        ("control-chars-raw-front-matter.md", "invalid YAML at line "),
    ])
    func invalidYAMLIsRejected(fixture: String, reasonPrefix: String) throws {
        try withTemporaryFolder { folder in
            let run = try BadInputRun(in: folder, fixtures: [fixture])
            #expect(run.result.errorLines.count == 1, "stderr: \(run.result.standardError)")
            let prefix = "feedpub: error: \(run.input.path)/\(fixture): \(reasonPrefix)"
            #expect(run.result.errorLines.first?.hasPrefix(prefix) == true, "stderr: \(run.result.standardError)")
            try run.expectInvariants(status: 65, articles: 1, rejected: 1)
        }
    }

    @Test("invalid-YAML messages give file lines, also for the problem and for reader errors",
          arguments: [
              // The quote opens on file line 6; the stream ends at file line 8 (the closing ---),
              // reported as "(line 7)".
              ("yaml-unclosed-quote.md",
               "invalid YAML at line 6: while scanning a quoted scalar: found unexpected end of stream (line 8)"),
              // The raw U+0001 is on file line 3; reported as "at line 2".
              ("control-chars-raw-front-matter.md", "invalid YAML at line 3: control characters are not allowed"),
          ])
    func invalidYAMLNamesFileLines(fixture: String, reason: String) throws {
        try withTemporaryFolder { folder in
            let run = try BadInputRun(in: folder, fixtures: [fixture])
            run.expectErrorLines(["feedpub: error: <input>/\(fixture): \(reason)"])
        }
    }

    @Test("every fixture in Fixtures/bad-input is a case of some test here or in the other bad-input suites")
    func everyFixtureIsUsed() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: ResourceFolder.fixtures.url("bad-input").path)
        let used = Set(Self.cases.map(\.fixture) + BadInputOutcomeTests.fixtures + BadInputFileSystemTests.fixtures
            + ["yaml-unclosed-quote.md", "control-chars-raw-front-matter.md", BadInputRun.companion])
        #expect(Set(names).subtracting(used).sorted() == [], "fixtures no test uses")
    }

    @Test("every fixture with front matter says what it tests in a comment on its first line")
    func everyFixtureSaysWhatItTests() throws {
        for name in try FileManager.default.contentsOfDirectory(atPath: ResourceFolder.fixtures.url("bad-input").path).sorted() {
            let bytes = try Data(contentsOf: BadInputRun.fixture(name))
            guard bytes.starts(with: Data("---\n".utf8)) else { continue }
            let secondLine = bytes.dropFirst(4).prefix { $0 != 0x0A }
            #expect(secondLine.starts(with: Data("# ".utf8)), "\(name): the first front-matter line is not a comment")
        }
    }
}
