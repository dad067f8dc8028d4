import FeedModel
import Testing
@testable import FeedBuild

/// What a watch keeps of its plans between rebuilds (`PlanMemory`): exactly the fingerprints a
/// cold build gives, recalled only for an equal header and formats, dropped with the settings.
@Suite("Plan memory")
struct PlanMemoryTests {
    /// Articles from two providers and two topics, so that there are provider feeds and `<source>` keys.
    private func writeArticles(_ slugs: [(String, String, Int)], in input: FolderPath) throws {
        for (slug, provider, day) in slugs {
            let text = article(slug, topics: [day % 2 == 0 ? "Phones" : "Chips"], day: day)
                .replacingOccurrences(of: "topics:", with: "provider:\n  name: \(provider)\ntopics:")
            try write(text, to: "\(slug).md", in: input)
        }
    }

    private func plan(_ fixture: StagesFixture, memory: PlanMemory) -> BuildPlan {
        BuildPlan(fixture.site.documents, catalog: fixture.site.catalog, files: fixture.listing.files, previous: ArticleCache(),
                  settings: fixture.settings, memory: memory)
    }

    @Test("rebuild after rebuild, a memory gives the fingerprints a cold build gives")
    func memoryGivesColdFingerprints() throws {
        try withTemporaryFolder { folder in
            let input = FolderPath(folder.appending("in")), output = FolderPath(folder.appending("out"))
            try writeArticles([("a", "Alpha News", 1), ("b", "Beta Post", 2)], in: input)
            let memory = PlanMemory()
            memory.begin(settings: 1)
            let first = try StagesFixture(input: input, output: output)
            #expect(plan(first, memory: memory).fingerprints == first.plan().fingerprints)
            #expect(memory.count > 0)
            // A new article of Alpha's: the feeds showing it are `updated`, Beta's are not.
            try writeArticles([("c", "Alpha News", 3)], in: input)
            let second = try StagesFixture(input: input, output: output)
            let cold = second.plan().fingerprints
            #expect(plan(second, memory: memory).fingerprints == cold)
            #expect(plan(second, memory: memory).fingerprints == cold)
            #expect(cold["providers/alpha-news/rss.xml"] != first.plan().fingerprints["providers/alpha-news/rss.xml"])
        }
    }

    @Test("a plan whose header or formats differ from what a text was made from is not given that text")
    func recallsOnlyForEqualPlans() throws {
        try withTemporaryFolder { folder in
            let input = FolderPath(folder.appending("in"))
            try writeArticles([("a", "Alpha News", 1)], in: input)
            let fixture = try StagesFixture(input: input, output: FolderPath(folder.appending("out")))
            let plans = fixture.site.documents
            let memory = PlanMemory()
            let texts = memory.texts(of: plans).map(\.value)
            let sources = memory.sourceKeys(of: plans)
            // Same directories, other headers: keyed by directory alone, the old values would come back.
            var retitled = plans
            for index in retitled.indices { retitled[index].header.title += " (renamed)" }
            #expect(memory.texts(of: retitled).map(\.value) == PlanMemory().texts(of: retitled).map(\.value))
            #expect(memory.sourceKeys(of: retitled) == PlanMemory().sourceKeys(of: retitled))
            #expect(memory.texts(of: retitled).map(\.value) != texts)
            #expect(memory.sourceKeys(of: retitled) != sources)
            var reformatted = plans
            reformatted[0].formats = [.rss]
            #expect(memory.texts(of: reformatted).map(\.value) == PlanMemory().texts(of: reformatted).map(\.value))
            #expect(memory.texts(of: plans).map(\.value) == texts)
        }
    }

    @Test("everything is dropped when the settings change, and what a rebuild did not use after it")
    func dropsWithSettingsAndDisuse() throws {
        try withTemporaryFolder { folder in
            let input = FolderPath(folder.appending("in"))
            try writeArticles([("a", "Alpha News", 1), ("b", "Beta Post", 2)], in: input)
            let plans = try StagesFixture(input: input, output: FolderPath(folder.appending("out"))).site.documents
            let memory = PlanMemory()
            memory.begin(settings: 1)
            _ = memory.texts(of: plans)
            #expect(memory.count == Set(plans.map(\.header.directory)).count)
            memory.begin(settings: 1)
            #expect(memory.count == Set(plans.map(\.header.directory)).count)
            _ = memory.texts(of: Array(plans.prefix(1)))
            #expect(memory.count == 1)
            memory.begin(settings: 2)
            #expect(memory.count == 0)
        }
    }

    @Test("an article's key tells apart texts split differently and versions that differ in one field")
    func wordHashSeparatesFields() {
        func hash(_ body: (inout WordHash) -> Void) -> UInt64 {
            var hash = WordHash()
            body(&hash)
            return hash.value
        }
        #expect(hash { $0.add("ab"); $0.add("c") } != hash { $0.add("a"); $0.add("bc") })
        #expect(hash { $0.add("12345678") } != hash { $0.add("123456789") })
        #expect(hash { $0.add("1234567") } != hash { $0.add("12345670") })
        #expect(hash { $0.add("") } != hash { _ in })
        #expect(hash { $0.add(1 as Int64); $0.add(2 as Int64) } != hash { $0.add(2 as Int64); $0.add(1 as Int64) })
    }
}
