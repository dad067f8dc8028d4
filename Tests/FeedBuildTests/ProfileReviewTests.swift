@testable import FeedModel
import FeedProfiles
import Foundation
import Testing
@testable import FeedBuild

/// A build checks every feed whose header names a partner profile: when rendered, and when kept.
@Suite("Profile review")
struct ProfileReviewTests {
    /// The all-articles feed of one article, rendered in `format` with `profile` and `language`.
    private func render(_ format: FeedFormat, profile: PartnerProfileName?, language: String?, archivePage: Bool = false,
                        in folder: FolderPath) throws -> RenderedFiles {
        try write(article("a"), to: "in/a.md", in: folder)
        let fixture = try StagesFixture(input: FolderPath(folder.appending("in")), output: FolderPath(folder.appending("out")))
        var plan = try #require(fixture.site.feeds.first { $0.directory.isEmpty })
        plan.header.profile = profile
        plan.header.language = language
        if archivePage { plan.header.archive = FeedHeader.Archive(isPage: true, current: "", previous: nil, next: nil) }
        let entries = fixture.entrySource.entries(for: [plan]).entries
        let job = FeedRendering.Job(path: plan.header.path(of: format), format: format, site: fixture.settings.site, header: plan.header,
                                    entries: plan.entryIndices.map { .unrendered(entries[$0]!) })
        return try FeedRendering.render([job], into: Publisher(folder: OutputFolder(root: fixture.settings.output), dryRun: true))
    }

    @Test("a rendered feed with a profile is checked: a rule it breaks is a finding with the measured value and the limit")
    func renderedFeedIsChecked() throws {
        try withTemporaryFolder { folder in
            let rendered = try render(.rss, profile: .appleNews, language: "en", in: folder)
            let findings = try #require(rendered.profileFindings["rss.xml"])
            // The sample article has a body but no excerpt: its RSS item has content, no description.
            #expect(findings.map(\.rule) == ["language-region", "item-description"])
            #expect(findings.first?.measured == .text("en"))
            #expect(findings.first?.line == "rss.xml: apple-news: language en has no region, expected language-REGION (e.g. en-IN)")
        }
    }

    @Test("a feed that meets its profile, a feed without one, and an archive page have no findings")
    func noFindings() throws {
        try withTemporaryFolder { folder in
            let meets = try render(.atom, profile: .appleNews, language: "en-IN", in: folder)
            #expect(meets.profileFindings["atom.xml"] == [])
        }
        try withTemporaryFolder { folder in
            let unprofiled = try render(.rss, profile: nil, language: "en", in: folder)
            #expect(unprofiled.profileFindings["rss.xml"] == [])
        }
        try withTemporaryFolder { folder in
            let page = try render(.rss, profile: .appleNews, language: "en", archivePage: true, in: folder)
            #expect(page.profileFindings["rss.xml"] == [])
        }
    }

    @Test("a kept file is checked as found in the output folder, so an unchanged run warns as the first did")
    func keptFileIsReadFromTheOutput() throws {
        try withTemporaryFolder { folder in
            try write(article("a"), to: "in/a.md", in: folder)
            let output = FolderPath(folder.appending("out"))
            let fixture = try StagesFixture(input: FolderPath(folder.appending("in")), output: output)
            var plan = try #require(fixture.site.feeds.first { $0.directory.isEmpty })
            plan.header.profile = .googleNews
            let items = String(repeating: "<item><title>t</title><link>https://x/</link></item>", count: 61)
            try write("<rss version=\"2.0\"><channel><title>T</title>\(items)</channel></rss>", to: "out/rss.xml", in: folder)
            let findings = ProfileReview.findings([plan], formats: [.rss], rendered: RenderedFiles(), output: output)
            #expect(findings.map(\.line) == [
                "rss.xml: google-news: items 61 > 60",
                "rss.xml: google-news: items without a guid or id 61 > 0",
                "rss.xml: google-news: items without a date 61 > 0",
            ])
        }
    }

    @Test("the report lists the findings and counts them among the warnings")
    func report() throws {
        var summary = BuildSummary()
        summary.profileFindings = PartnerProfile.named(.feedburner).check(Array("<rss>".utf8), format: .rss, path: "custom/a/rss.xml")
        let json = BuildReport(input: "in", output: "out", dryRun: false).json(summary, exitStatus: 0)
        let totals = try #require(json["totals"] as? [String: Any])
        #expect(totals["warnings"] as? Int == 1)
        let findings = try #require(json["profile_findings"] as? [[String: Any]])
        #expect(findings.count == 1)
        #expect(findings.first?["path"] as? String == "custom/a/rss.xml")
        #expect(findings.first?["profile"] as? String == "feedburner")
        #expect(findings.first?["rule"] as? String == "well-formed")
        #expect(JSONSerialization.isValidJSONObject(json))
    }
}
