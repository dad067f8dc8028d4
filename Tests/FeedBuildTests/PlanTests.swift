import Testing
@testable import FeedBuild

/// The incremental plan: fingerprints, and which feed files are kept or rendered again.
@Suite("Plan")
struct PlanTests {
    @Test("the same input files give the same fingerprints")
    func sameInputSameFingerprints() throws {
        try withTemporaryFolder { folder in
            let input = FolderPath(folder.appending("in"))
            try write(article("a"), to: "a.md", in: input)
            try write(article("b", day: 2), to: "b.md", in: input)
            let first = try StagesFixture(input: input, output: FolderPath(folder.appending("out"))).plan()
            let second = try StagesFixture(input: input, output: FolderPath(folder.appending("out"))).plan()
            #expect(!first.fingerprints.isEmpty)
            #expect(first.fingerprints == second.fingerprints)
        }
    }

    @Test("a new version of one file changes the fingerprints of the feeds that show it, only those")
    func changedFileChangesFingerprints() throws {
        try withTemporaryFolder { folder in
            let input = FolderPath(folder.appending("in"))
            try write(article("a", topics: ["Chips"]), to: "a.md", in: input)
            try write(article("b", topics: ["Phones"], day: 2), to: "b.md", in: input)
            let fixture = try StagesFixture(input: input, output: FolderPath(folder.appending("out")))
            var files = fixture.listing.files
            let index = try #require(files.firstIndex { $0.path == "a.md" })
            files[index].version.modifiedNanoseconds += 1
            let before = fixture.plan().fingerprints
            let after = BuildPlan(fixture.site.documents, catalog: fixture.site.catalog, files: files, previous: ArticleCache(),
                                  settings: fixture.settings).fingerprints
            #expect(before["rss.xml"] != after["rss.xml"])
            #expect(before["topics/chips/rss.xml"] != after["topics/chips/rss.xml"])
            #expect(before["topics/phones/rss.xml"] == after["topics/phones/rss.xml"])
        }
    }

    /// One article planned cold, every planned file written and remembered: what a second run finds.
    private func afterFirstRun(in folder: FolderPath, _ body: (StagesFixture, BuildPlan, ArticleCache) throws -> Void) throws {
        let input = FolderPath(folder.appending("in"))
        let output = FolderPath(folder.appending("out"))
        try write(article("a"), to: "a.md", in: input)
        let fixture = try StagesFixture(input: input, output: output)
        let cold = fixture.plan()
        for path in cold.fingerprints.keys { try write("written", to: path, in: output) }
        let previous = RunMemory.remembering(fixture.read.inputs, scanStarted: 0, fingerprints: cold.fingerprints,
                                             entryCounts: [:], output: output)
        try body(fixture, cold, previous)
    }

    @Test("with no cache every file is stale; with a cache of the written files every file is kept")
    func keptAndStale() throws {
        try withTemporaryFolder { folder in
            try afterFirstRun(in: folder) { fixture, cold, previous in
                #expect(cold.kept.isEmpty)
                #expect(Set(cold.stale.map(\.path)) == Set(cold.fingerprints.keys))
                let warm = fixture.plan(previous: previous)
                #expect(warm.stale.isEmpty)
                #expect(warm.kept == Set(cold.fingerprints.keys))
            }
        }
    }

    @Test("a feed file changed by someone else since it was written is stale again")
    func touchedOutputIsStale() throws {
        try withTemporaryFolder { folder in
            try afterFirstRun(in: folder) { fixture, _, previous in
                try write("edited by hand", to: "rss.xml", in: fixture.settings.output)
                #expect(fixture.plan(previous: previous).stale.map(\.path) == ["rss.xml"])
            }
        }
    }
}
