import Foundation
import Testing
import TestSupport

/// Each rule of feedpub.yml end to end, on `Fixtures/rules`: which entries the written feeds hold.
@Suite("Inclusion rules, end to end")
struct InclusionRuleTests {
    static func url(_ name: String) -> String { "https://rules.example.com/\(name)" }
    static let everything = ["published", "unpublished", "no-flag", "low-quality", "spam", "old"].map(url)

    @Test("without a configuration file every article is published, published: false included")
    func noConfiguration() throws {
        try withTemporaryFolder { folder in
            let build = try ConfiguredBuild("rules", in: folder, configuration: nil)
            #expect(build.result.status == 0, "stderr: \(build.result.standardError)")
            #expect(try build.itemIDs() == Self.everything)
            #expect(!build.result.standardOutput.contains("excluded"))
        }
    }

    struct RuleCase: Sendable, CustomTestStringConvertible {
        var testDescription: String
        var yaml: String
        var left: [String]
        var summary: String
    }

    @Test("each rule leaves out what it says, and the summary line counts it", arguments: [
        RuleCase(testDescription: "only_published: true", yaml: "only_published: true\n",
                 left: ["published", "low-quality", "spam", "old"], summary: "2 excluded (2 unpublished)"),
        RuleCase(testDescription: "only_published: false", yaml: "only_published: false\n",
                 left: ["published", "unpublished", "no-flag", "low-quality", "spam", "old"], summary: ""),
        RuleCase(testDescription: "min_quality", yaml: "min_quality: 60\n",
                 left: ["published", "unpublished", "no-flag", "spam", "old"], summary: "1 excluded (1 below quality 60)"),
        RuleCase(testDescription: "max_age_days, from the newest article", yaml: "limits:\n  max_age_days: 30\n",
                 left: ["published", "unpublished", "no-flag", "low-quality", "spam"], summary: "1 excluded (1 older than 30 days)"),
        RuleCase(testDescription: "exclude.providers by name", yaml: "exclude:\n  providers: [spam daily]\n",
                 left: ["published", "unpublished", "no-flag", "low-quality", "old"], summary: "1 excluded (1 from excluded providers)"),
        RuleCase(testDescription: "exclude.providers by domain", yaml: "exclude:\n  providers: [SPAM.example.net]\n",
                 left: ["published", "unpublished", "no-flag", "low-quality", "old"], summary: "1 excluded (1 from excluded providers)"),
        RuleCase(testDescription: "all rules at once", yaml: "only_published: true\nmin_quality: 50\nlimits: {max_age_days: 30}\nexclude: {providers: [Spam Daily]}\n",
                 left: ["published"],
                 summary: "5 excluded (2 unpublished, 1 below quality 50, 1 older than 30 days, 1 from excluded providers)"),
    ])
    func ruleLeavesOut(_ rule: RuleCase) throws {
        try withTemporaryFolder { folder in
            let build = try ConfiguredBuild("rules", in: folder, configuration: rule.yaml)
            #expect(build.result.status == 0, "stderr: \(build.result.standardError)")
            #expect(try build.itemIDs() == rule.left.map(Self.url))
            #expect(try build.itemIDs("topics/ai/feed.json") == rule.left.map(Self.url))
            let atom = try String(contentsOf: build.output.appendingPathComponent("atom.xml"), encoding: .utf8)
            for name in Self.everything {
                #expect(atom.contains("<id>\(name)</id>") == rule.left.map(Self.url).contains(name), "\(name) in atom.xml")
            }
            let line = build.result.standardOutput
            if rule.summary.isEmpty {
                #expect(!line.contains("excluded"), "stdout: \(line)")
            } else {
                #expect(line.contains("; \(rule.summary); "), "stdout: \(line)")
            }
        }
    }

    @Test("an excluded topic leaves its feed and the articles' categories; the articles stay")
    func excludedTopic() throws {
        try withTemporaryFolder { folder in
            let build = try ConfiguredBuild("rules", in: folder, configuration: "exclude:\n  topics: [sponsored]\n")
            #expect(build.result.status == 0, "stderr: \(build.result.standardError)")
            #expect(try build.itemIDs() == Self.everything)
            #expect(!FileManager.default.fileExists(atPath: build.output.appendingPathComponent("topics/sponsored").path))
            let items = try ConfiguredBuild.items(build.output.appendingPathComponent("feed.json"))
            #expect(items.allSatisfy { ($0["tags"] as? [String] ?? []).contains("Sponsored") == false })
            #expect(build.result.standardOutput.contains("; 0 excluded (excluded topics removed from 2 articles); "),
                    "stdout: \(build.result.standardOutput)")
        }
    }
}
