import Foundation
import FeedModel
import Testing
@testable import FeedBuild

/// A run that finds what the last run found stands on the last run's record (`UnchangedRun`):
/// it must report what a full run reports, and anything a full run would act on must stop it.
@Suite("Unchanged run")
struct UnchangedRunTests {
    /// Three articles, one with a duplicate URL (a warning), built once with a cache.
    private struct Scene {
        let folder: FolderPath
        var input: FolderPath { FolderPath(folder.appending("in")) }
        var output: FolderPath { FolderPath(folder.appending("out")) }

        init(_ folder: FolderPath) throws {
            self.folder = folder
            try write(article("a"), to: "a.md", in: input)
            try write(article("b", topics: ["Phones"], day: 2), to: "b.md", in: input)
            try write(article("a", day: 3), to: "sub/a-copy.md", in: input)
            // A file changed within a second of a run may change again unseen: it is read again, and no record stands.
            Thread.sleep(forTimeInterval: 1.2)
        }

        func settings(title: String = "Site", useCache: Bool = true) -> BuildSettings {
            var site = SiteConfiguration()
            site.title = title
            return BuildSettings(input: input.typed, output: output.typed, site: site, cacheDirectory: folder.appending("cache"),
                                 useCache: useCache)
        }

        func run(_ settings: BuildSettings) throws -> BuildSummary { try BuildEngine(settings).run() }

        /// Whether a run with `settings` would stand on the last run's record.
        func standsOnRecord(_ settings: BuildSettings) throws -> Bool {
            let recall = RunMemory.startRecalling(settings)
            return RunMemory(recall, settings: settings, listing: try InputFolder(root: input).list()).unchanged != nil
        }
    }

    @Test("a run finding what the last run found stands on its record and reports what a full run reports")
    func unchangedRunReportsAsAFullRun() throws {
        try withUnchangedRun { scene, unchanged in
            let full = try scene.run(scene.settings(useCache: false))
            expectSameReport(unchanged, full)
            #expect(!full.problems.isEmpty)
        }
    }

    /// The scene built once, then `body` given it and the unchanged run that stood on the record.
    private func withUnchangedRun(_ body: (Scene, BuildSummary) throws -> Void) throws {
        try withTemporaryFolder { folder in
            let scene = try Scene(folder)
            _ = try scene.run(scene.settings())
            #expect(try scene.standsOnRecord(scene.settings()))
            try body(scene, try scene.run(scene.settings()))
        }
    }

    /// Two runs that changed nothing report the same: counts, files left as they were, problems.
    private func expectSameReport(_ one: BuildSummary, _ other: BuildSummary, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(one.changes.changedCount == 0 && other.changes.changedCount == 0, sourceLocation: sourceLocation)
        #expect(one.changes.unchanged == other.changes.unchanged, sourceLocation: sourceLocation)
        #expect((one.feeds, one.files, one.articles, one.rejected, one.listed)
            == (other.feeds, other.files, other.articles, other.rejected, other.listed), sourceLocation: sourceLocation)
        #expect(one.problems == other.problems, sourceLocation: sourceLocation)
        #expect(one.exclusions == other.exclusions && one.cleaning == other.cleaning, sourceLocation: sourceLocation)
    }

    @Test("a watch's first build never stands on the record: it leaves the catalog and the decoded cache for the first rebuild, and reports what an unchanged run does")
    func watchFirstBuildPreparesRebuilds() throws {
        try withUnchangedRun { scene, unchanged in
            let memory = RebuildMemory()
            let first = try BuildEngine(scene.settings()).run(keeping: memory)
            #expect(memory.catalog != nil, "the first rebuild updates this catalog instead of building one afresh")
            #expect(memory.cache?.index.records.count == 3, "the cache's inputs decoded and kept, not read again by the first rebuild")
            expectSameReport(first, unchanged)
        }
    }

    @Test("whatever a full run would act on keeps a run off the record: settings, inputs, and the output folder touched by others")
    func changesStopTheShortcut() throws {
        try withTemporaryFolder { folder in
            let scene = try Scene(folder)
            _ = try scene.run(scene.settings())
            #expect(try !scene.standsOnRecord(scene.settings(title: "Another site")))
            let changes: [(String, () throws -> Void)] = [
                ("an output file deleted", { try FileManager.default.removeItem(atPath: scene.output.appending("topics/chips/rss.xml")) }),
                ("an output file rewritten", { try write("<rss/>", to: "atom.xml", in: scene.output) }),
                ("a killed run's temporary file", { try write("x", to: "topics/chips/.rss.xml.123.tmp", in: scene.output) }),
                ("the manifest deleted", { try FileManager.default.removeItem(atPath: scene.output.appending(Manifest.fileName)) }),
                ("an input rewritten", { try write(article("b", topics: ["Phones"], day: 4), to: "b.md", in: scene.input) }),
            ]
            for (name, change) in changes {
                _ = try scene.run(scene.settings())
                #expect(try scene.standsOnRecord(scene.settings()), "before: \(name)")
                try change()
                #expect(try !scene.standsOnRecord(scene.settings()), "after: \(name)")
            }
        }
    }
}
