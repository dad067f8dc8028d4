import Foundation
import Testing
import TestSupport

/// `feedpub build --report FILE.json`, checked against the tree the run wrote.
@Suite("Build report")
struct ReportTests {
    static func report(_ file: URL) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any])
    }

    @Test("every feed file with its entries, bytes and changed flag, matching the files written; totals; timings")
    func reportMatchesTree() throws {
        try withTemporaryFolder { folder in
            let reportFile = folder.appendingPathComponent("logs/report.json")
            try FileManager.default.createDirectory(at: reportFile.deletingLastPathComponent(), withIntermediateDirectories: true)
            let build = try FixtureBuild("articles", in: folder, arguments: ["--report", reportFile.path])
            #expect(build.result.status == 0, "stderr: \(build.result.standardError)")
            try Snapshot.expectTree(build.output, equals: "expected", in: .fixtures)
            let report = try Self.report(reportFile)
            #expect(report["report_version"] as? Int == 1)
            #expect(report["exit_status"] as? Int == 0)
            #expect(report["dry_run"] as? Bool == false)
            let feeds = try #require(report["feeds"] as? [[String: Any]])
            let tree = try FileTree(reading: build.output)
            let feedPaths = tree.filePaths.filter { $0.hasSuffix("rss.xml") || $0.hasSuffix("atom.xml") || $0.hasSuffix("feed.json") }
            #expect(feeds.compactMap { $0["path"] as? String } == feedPaths.sorted())
            for feed in feeds {
                let path = try #require(feed["path"] as? String)
                guard case let .file(bytes)? = tree.entries[path] else { Issue.record("\(path) not written"); continue }
                #expect(feed["bytes"] as? Int == bytes.count, "\(path)")
                #expect(feed["changed"] as? Bool == true, "\(path)")
                if path.hasSuffix("feed.json") {
                    #expect(feed["entries"] as? Int == (try ConfiguredBuild.items(build.output.appendingPathComponent(path))).count, "\(path)")
                } else {
                    // An Atom entry may carry xml:lang.
                    let tags = path.hasSuffix("rss.xml") ? ["<item>"] : ["<entry>", "<entry "]
                    let count = tags.map { String(decoding: bytes, as: UTF8.self).components(separatedBy: $0).count - 1 }.reduce(0, +)
                    #expect(feed["entries"] as? Int == count, "\(path)")
                }
            }
            let totals = try #require(report["totals"] as? [String: Int])
            #expect(totals["feeds"] == feeds.count / 3)
            // Not counted: feedpub's own records (.feedpub-manifest, the feed history in .feedpub/).
            #expect(totals["files"] == tree.filePaths.filter { !$0.hasPrefix(".feedpub") }.count)
            #expect(totals["changed"] == totals["files"])
            #expect(totals["files_rejected"] == 0)
            #expect(totals["files_listed"] == 7)
            #expect((report["rejected"] as? [Any])?.isEmpty == true)
            let timings = try #require(report["timings_ms"] as? [String: Int])
            #expect(Set(timings.keys) == ["list", "read", "plan", "render", "publish", "total"])
            #expect(timings.values.allSatisfy { $0 >= 0 })

            // A rerun changes nothing, and says so feed by feed; the same entries come from the cache.
            let rerun = try build.rerun(arguments: ["--report", reportFile.path])
            #expect(rerun.status == 0)
            let second = try Self.report(reportFile)
            let secondFeeds = try #require(second["feeds"] as? [[String: Any]])
            #expect(secondFeeds.allSatisfy { $0["changed"] as? Bool == false })
            #expect(secondFeeds.map { $0["entries"] as? Int } == feeds.map { $0["entries"] as? Int })
            #expect(secondFeeds.map { $0["bytes"] as? Int } == feeds.map { $0["bytes"] as? Int })
            #expect((second["totals"] as? [String: Int])?["changed"] == 0)
        }
    }

    @Test("rejected files with their reasons, and the exit status, when input is bad")
    func rejectedFiles() throws {
        try withTemporaryFolder { folder in
            let reportFile = folder.appendingPathComponent("report.json")
            let build = try FixtureBuild("bad", in: folder, arguments: ["--report", reportFile.path])
            #expect(build.result.status == 65)
            let report = try Self.report(reportFile)
            #expect(report["exit_status"] as? Int == 65)
            let rejected = try #require(report["rejected"] as? [[String: String]])
            #expect(rejected.map { $0["path"]! } == RejectedFilesTests.reasons.keys.sorted().map { "\(build.input.path)/\($0)" })
            for entry in rejected {
                let name = String(entry["path"]!.split(separator: "/").last!)
                #expect(entry["reason"]?.contains(RejectedFilesTests.reasons[name]!) == true)
            }
            #expect((report["totals"] as? [String: Int])?["files_rejected"] == 5)
        }
    }

    @Test("the articles each rule left out, with feedpub.yml")
    func exclusions() throws {
        try withTemporaryFolder { folder in
            let reportFile = folder.appendingPathComponent("report.json")
            let build = try ConfiguredBuild("rules", in: folder,
                                            configuration: "only_published: true\nmin_quality: 50\nexclude: {topics: [Sponsored], providers: [Spam Daily]}\nlimits: {max_age_days: 30}\n",
                                            arguments: ["--report", reportFile.path])
            #expect(build.result.status == 0, "stderr: \(build.result.standardError)")
            let report = try Self.report(reportFile)
            #expect(report["excluded"] as? [String: Int] == ["unpublished": 2, "below_min_quality": 1, "too_old": 1,
                                                             "excluded_provider": 1, "topics_removed": 1])
            #expect((report["totals"] as? [String: Int])?["articles_excluded"] == 5)
            #expect((report["totals"] as? [String: Int])?["articles_read"] == 6)
        }
    }

    @Test("a report path inside the output folder is refused (exit 64); a dry run still reports")
    func reportPlacement() throws {
        try withTemporaryFolder { folder in
            let inside = try FixtureBuild("articles", in: folder, arguments: ["--report", folder.appendingPathComponent("feeds/r.json").path])
            #expect(inside.result.status == 64)
            #expect(inside.result.standardError.contains("--report must name a file outside the output folder"))
            #expect(!FileManager.default.fileExists(atPath: inside.output.path))
        }
        try withTemporaryFolder { folder in
            let reportFile = folder.appendingPathComponent("dry.json")
            let build = try FixtureBuild("articles", in: folder, arguments: ["--dry-run", "--report", reportFile.path])
            #expect(build.result.status == 0)
            let report = try Self.report(reportFile)
            #expect(report["dry_run"] as? Bool == true)
            #expect(!FileManager.default.fileExists(atPath: build.output.path))
            let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
            #expect(names == ["articles", "dry.json"], "only the report, no temporary file left: \(names)")
        }
    }
}
