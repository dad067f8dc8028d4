import Testing
@testable import FeedBuild

/// The files and folders a run's record follows (`RunRecord.outputs`).
@Suite("Run record outputs")
struct RunRecordOutputTests {
    @Test("every file produced, the bookkeeping files and every folder holding one, in order, with their versions")
    func followsEveryFolder() throws {
        try withTemporaryFolder { folder in
            let output = FolderPath(folder.appending("out"))
            try write("x", to: "topics/ai/rss.xml", in: output)
            try write("x", to: "topics/é/atom.xml", in: output)
            let produced: Set<String> = ["topics/ai/rss.xml", "topics/é/atom.xml", "rss.xml"]
            let outputs = RunRecord.outputs(produced, in: output, entryCounts: ["rss.xml": 3])
            let paths = outputs.map(\.path)
            #expect(paths == paths.sorted() && Set(paths).count == paths.count)
            #expect(Set(paths).isSuperset(of: produced.union(RunRecord.bookkeeping).union(["", "topics", "topics/ai", "topics/é"])))
            for path in paths where !path.isEmpty {
                let parent = path.split(separator: "/").dropLast().joined(separator: "/")
                #expect(paths.contains(parent), "\(path) without its folder")
            }
            #expect(paths.allSatisfy { !$0.hasSuffix("/") })
            #expect(outputs.first { $0.path == "rss.xml" }.map { $0.version == nil && $0.entries == 3 } == true)
            #expect(outputs.first { $0.path == "topics/é" }?.version != nil)
        }
    }
}
