import Foundation
import Testing
import TestSupport

/// A custom feed's `profile:` end to end: the build checks that feed's documents against the
/// partner's rules, warns on stderr and lists each broken rule in `--report`, and a feed
/// that meets the rules gives nothing.
@Suite("Custom feeds: partner profiles in a build")
struct CustomFeedProfileTests {
    /// Apple News wants a language with a region (`en-IN`): the fixture articles give a bare
    /// tag or none, unless the site sets one.
    static func configuration(siteLanguage: String?) -> String {
        (siteLanguage.map { "language: \($0)\n" } ?? "") + """
            feeds:
              - slug: apple
                title: "For Apple News"
                profile: apple-news
                formats: [rss]
            """
    }

    @Test("a broken rule is a warning naming the custom feed's file, the rule, the value and the limit, and is in the report")
    func brokenRuleIsReported() throws {
        try withTemporaryFolder { folder in
            let report = folder.appendingPathComponent("report.json")
            let build = try ConfiguredBuild("articles", in: folder, configuration: Self.configuration(siteLanguage: nil),
                                            arguments: ["--report", report.path])
            #expect(build.result.status == 0, "\(build.result.standardError)")
            #expect(build.result.standardError.contains(
                "feedpub: warning: custom/apple/rss.xml: apple-news: language missing, expected language-REGION (e.g. en-IN)"),
                "\(build.result.standardError)")

            let findings = try Self.findings(in: report)
            #expect(Set(findings.compactMap { $0["path"] as? String }) == ["custom/apple/rss.xml"])
            let language = findings.first { $0["rule"] as? String == "language-region" }
            #expect(language?["limit"] as? String == "language-REGION")
            // One fixture article has no excerpt: a broken rule the data forces, reported too.
            #expect(findings.contains { $0["rule"] as? String == "item-description" })
        }
    }

    @Test("with the site's language region the language rule is met: no finding for it")
    func metRuleIsQuiet() throws {
        try withTemporaryFolder { folder in
            let report = folder.appendingPathComponent("report.json")
            let build = try ConfiguredBuild("articles", in: folder, configuration: Self.configuration(siteLanguage: "en-IN"),
                                            arguments: ["--report", report.path])
            #expect(build.result.status == 0, "\(build.result.standardError)")
            #expect(!build.result.standardError.contains("apple-news: language"), "\(build.result.standardError)")
            #expect(try Self.findings(in: report).map { $0["rule"] as? String } == ["item-description"])
        }
    }

    static func findings(in report: URL) throws -> [[String: Any]] {
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: report)) as? [String: Any]
        return object?["profile_findings"] as? [[String: Any]] ?? []
    }
}
