import Foundation
import Testing
import TestSupport
#if canImport(Glibc)
import Glibc
#endif

/// `feedpub watch` rebuilds from what it keeps in memory (the input listing, patched from the
/// paths inotify named, and the last build's cache): each rebuild must publish what a cold
/// build of the input as it is then publishes, and the cache file it leaves, or an older one,
/// must give the next `build` the same tree too.
@Suite("Watch: rebuilds from memory")
struct WatchMemoryTests {
    /// A cold `build --no-cache` of `input` into `<folder>/reference`, compared with the watch's output.
    private func expectColdTree(_ watch: WatchProcess, after event: String, arguments: [String] = [],
                                sourceLocation: SourceLocation = #_sourceLocation) throws {
        let reference = watch.folder.appendingPathComponent("reference")
        try? FileManager.default.removeItem(at: reference)
        let cold = try FeedpubCommand.run(["build", "--input", watch.input.path, "--output", reference.path,
                                           "--base-url", FixtureBuild.baseURL, "--no-cache", "--quiet"] + arguments, in: watch.folder)
        #expect(cold.status == 0 || cold.status == 65, "\(event): \(cold.standardError)", sourceLocation: sourceLocation)
        let differences = FileTree.differences(expected: try FileTree(reading: reference), actual: try FileTree(reading: watch.output))
        #expect(differences.isEmpty, "after \(event): \(differences.prefix(5))", sourceLocation: sourceLocation)
    }

    @Test("after each kind of event the watch's tree equals a cold build of the input as it is then")
    func eachEventEqualsColdBuild() throws {
        try withTemporaryFolder { folder in
            let input = try WatchScene.input(in: folder, count: 3)
            let watch = try WatchProcess(in: folder, input: input)
            let file = { (name: String) in input.appendingPathComponent(name) }
            let sub = input.appendingPathComponent("sub", isDirectory: true)
            let events: [(String, () throws -> Void)] = [
                ("written and renamed", { try WatchScene.writeAndRename(WatchScene.article("new", title: "Renamed in", minute: 30), to: file("new.md")) }),
                ("written in place", { try WatchScene.write(WatchScene.article("new", title: "Edited in place", minute: 31), to: file("new.md")) }),
                ("a link named like an article, beside a new file", {
                    #expect(symlink("base-1.md", file("link.md").path) == 0)
                    try WatchScene.write(WatchScene.article("beside", title: "Beside the link", minute: 32), to: file("beside.md"))
                }),
                ("a new folder with a file", {
                    try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
                    try WatchScene.write(WatchScene.article("deep", title: "In a new folder", minute: 33), to: sub.appendingPathComponent("deep.md"))
                }),
                ("a file in that folder replaced", {
                    try WatchScene.writeAndRename(WatchScene.article("deep", title: "Replaced below", minute: 34), to: sub.appendingPathComponent("deep.md"))
                }),
                ("only the modification time changed", {
                    try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_000_000_000)], ofItemAtPath: file("base-2.md").path)
                }),
                ("moved out", { try FileManager.default.moveItem(at: file("new.md"), to: folder.appendingPathComponent("new.md")) }),
                ("deleted", { try FileManager.default.removeItem(at: file("base-0.md")) }),
                ("a folder moved out", { try FileManager.default.moveItem(at: sub, to: folder.appendingPathComponent("sub")) }),
            ]
            for (event, change) in events {
                let line = try watch.lineAfter(change)
                #expect(line.hasPrefix("feedpub: "), "\(event): \(line)")
                try expectColdTree(watch, after: event)
            }
            #expect(watch.stop() == 0)
        }
    }

    @Test("entries recalled from the last rebuild follow what changed around them: their provider feed's name, and feedpub.yml")
    func recalledEntriesFollowTheirFeeds() throws {
        try withTemporaryFolder { folder in
            let input = try WatchScene.input(in: folder, count: 3)
            let watch = try WatchProcess(in: folder, input: input)
            let file = { (name: String) in input.appendingPathComponent(name) }
            // Every rebuild below re-renders the base articles' feeds, recalling their entries.
            let pictured = WatchScene.article("first", title: "First", minute: 20).replacingOccurrences(
                of: "topics:", with: "images:\n  - {url: \"https://img.example.com/first.jpg\", width: 1200, height: 800}\ntopics:")
            _ = try watch.lineAfter { try WatchScene.writeAndRename(pictured, to: file("first.md")) }
            try expectColdTree(watch, after: "a first new article")
            // Five articles spelling the provider "WATCH DESK" outnumber the four spelling it
            // "Watch Desk": the provider feed's title, which every entry's <source> names, changes.
            for index in 0..<5 {
                let text = WatchScene.article("loud-\(index)", title: "Loud \(index)", minute: 21 + index)
                    .replacingOccurrences(of: "name: \"Watch Desk\"", with: "name: \"WATCH DESK\"")
                try Data(text.utf8).write(to: file(".loud-\(index).tmp"))
            }
            // Renamed in at once, so that one rebuild sees all five.
            _ = try watch.lineAfter {
                for index in 0..<5 { #expect(rename(file(".loud-\(index).tmp").path, file("loud-\(index).md").path) == 0) }
            }
            try expectColdTree(watch, after: "the provider's name respelled by most of its articles")
            // Without the lead image in the HTML, the entry with an image reads differently: what was
            // recalled under the old settings must not be.
            let configuration = folder.appendingPathComponent("feedpub.yml")
            _ = try watch.lineAfter { try WatchScene.write("images: {lead_in_html: false}\n", to: configuration) }
            try expectColdTree(watch, after: "feedpub.yml changed how entries show their image", arguments: ["--config", configuration.path])
            #expect(watch.stop() == 0)
        }
    }

    @Test("the catalog a rebuild updates for the changed files follows feedpub.yml's rules, merged URLs and files moving in path order")
    func updatedCatalogFollowsRulesAndMerges() throws {
        try withTemporaryFolder { folder in
            let input = try WatchScene.input(in: folder, count: 4)
            let configuration = folder.appendingPathComponent("feedpub.yml")
            try WatchScene.write("limits: {max_age_days: 1}\nexclude: {topics: [\"Hidden\"]}\n", to: configuration)
            let watchReport = folder.appendingPathComponent("watch-report.json"), coldReport = folder.appendingPathComponent("cold-report.json")
            let watch = try WatchProcess(in: folder, input: input, arguments: ["--report", watchReport.path])
            let file = { (name: String) in input.appendingPathComponent(name) }
            func article(_ slug: String, title: String, day: Int = 1, minute: Int, url: String? = nil, topics: String = "[\"Watching\"]") -> String {
                WatchScene.article(slug, title: title, minute: minute)
                    .replacingOccurrences(of: "2024-04-01T", with: "2024-04-0\(day)T")
                    .replacingOccurrences(of: "watch/\(slug)\"", with: url.map { "watch/\($0)\"" } ?? "watch/\(slug)\"")
                    .replacingOccurrences(of: "topics: [\"Watching\"]", with: "topics: \(topics)")
            }
            let events: [(String, () throws -> Void)] = [
                ("a newer file giving another file's URL", {
                    try WatchScene.writeAndRename(article("twin", title: "Twin - Watch Desk", minute: 40, url: "base-1"), to: file("twin.md"))
                }),
                ("a file first in path order, with a topic the rules exclude", {
                    try WatchScene.writeAndRename(article("first", title: "First", minute: 41, topics: "[\"Hidden\", \"Watching\", \"Early\"]"),
                                                  to: file("0-first.md"))
                }),
                ("the older of the two files of one URL edited", {
                    try WatchScene.write(article("base-1", title: "Base article 1, edited", minute: 1, topics: "[\"Edited\"]"), to: file("base-1.md"))
                }),
                ("an article two days newer: the others grow too old", {
                    try WatchScene.writeAndRename(article("later", title: "Later", day: 3, minute: 5), to: file("later.md"))
                }),
                ("an old article edited to be new again", {
                    try WatchScene.write(article("base-2", title: "Base article 2, renewed", day: 3, minute: 1), to: file("base-2.md"))
                }),
                ("the newer of the two files deleted", { try FileManager.default.removeItem(at: file("twin.md")) }),
                ("the file first in path order deleted", { try FileManager.default.removeItem(at: file("0-first.md")) }),
            ]
            // Built again after each event without the cache, into one folder whose feed history,
            // like the watch's, keeps the feeds that go for their grace period.
            let reference = folder.appendingPathComponent("reference-with-history")
            let build = ["build", "--input", input.path, "--output", reference.path, "--base-url", FixtureBuild.baseURL, "--no-cache",
                         "--quiet", "--config", configuration.path, "--report", coldReport.path]
            #expect(try FeedpubCommand.run(build, in: folder).status == 0)
            for (event, change) in events {
                _ = try watch.lineAfter(change)
                #expect(try FeedpubCommand.run(build, in: folder).status == 0)
                let differences = FileTree.differences(expected: try FileTree(reading: reference), actual: try FileTree(reading: watch.output))
                #expect(differences.isEmpty, "after \(event): \(differences.prefix(5))")
                let expected = try Self.countsInReport(coldReport)
                _ = try watch.waitFor("the watch's report to count as a cold build's after \(event)", seconds: 10) {
                    try Self.countsInReport(watchReport) == expected ? true : nil
                }
            }
            #expect(watch.stop() == 0)
        }
    }

    /// What a report counts of the articles: read, excluded by each rule, cleaned, and the feeds.
    private static func countsInReport(_ report: URL) throws -> String {
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: report)) as? [String: Any] ?? [:]
        let totals = json["totals"] as? [String: Any] ?? [:]
        let counted = ["articles_read", "articles_excluded", "titles_cleaned", "summaries_dropped", "feeds", "warnings"].map { "\($0)=\(totals[$0] ?? "-")" }
        let excluded = (json["excluded"] as? [String: Any] ?? [:]).sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        return (counted + excluded).joined(separator: " ")
    }

    @Test("the cache file the watch leaves, and an older one from before its rebuilds, each give the next build a cold build's tree")
    func cacheFileAfterWatch() throws {
        try withTemporaryFolder { folder in
            let input = try WatchScene.input(in: folder, count: 3)
            let watch = try WatchProcess(in: folder, input: input)
            let caches = folder.appendingPathComponent(".cache/feedpub", isDirectory: true)
            let older = folder.appendingPathComponent("older-cache", isDirectory: true)
            // The first build's cache is written once the input has been quiet for a while.
            _ = try watch.waitFor("the first build's cache file") { try? Self.cacheFile(in: caches) }
            try FileManager.default.copyItem(at: caches, to: older)
            _ = try watch.lineAfter { try WatchScene.writeAndRename(WatchScene.article("new", title: "Arrived", minute: 30), to: input.appendingPathComponent("new.md")) }
            _ = try watch.lineAfter { try FileManager.default.removeItem(at: input.appendingPathComponent("base-1.md")) }
            _ = try watch.lineAfter { try WatchScene.write(WatchScene.article("base-2", title: "Edited", minute: 2), to: input.appendingPathComponent("base-2.md")) }
            #expect(watch.stop() == 0)

            let build = ["build", "--input", input.path, "--output", watch.output.path, "--base-url", FixtureBuild.baseURL, "--quiet"]
            // The watch's own cache file: one more change, then a cron build.
            try WatchScene.writeAndRename(WatchScene.article("later", title: "After the watch", minute: 40), to: input.appendingPathComponent("later.md"))
            #expect(try FeedpubCommand.run(build, in: folder).status == 0)
            try expectColdTree(watch, after: "a build from the watch's cache file")
            #expect(try WatchScene.titles(in: watch.output).first == "After the watch")

            // The cache file as it was before the rebuilds, as a watch killed before saving leaves it.
            try FileManager.default.removeItem(at: caches)
            try FileManager.default.copyItem(at: older, to: caches)
            try WatchScene.write(WatchScene.article("later", title: "Edited after the watch", minute: 40), to: input.appendingPathComponent("later.md"))
            #expect(try FeedpubCommand.run(build, in: folder).status == 0)
            try expectColdTree(watch, after: "a build from an older cache file")
        }
    }

    @Test("a change through another hard link, which no event names, is published by a later rebuild")
    func changeThroughAnotherHardLink() throws {
        try withTemporaryFolder { folder in
            let input = try WatchScene.input(in: folder, count: 3)
            let watch = try WatchProcess(in: folder, input: input)
            let elsewhere = folder.appendingPathComponent("elsewhere.md")
            #expect(link(input.appendingPathComponent("base-1.md").path, elsewhere.path) == 0)
            try WatchScene.write(WatchScene.article("base-1", title: "Edited through another link", minute: 1), to: elsewhere)
            // An event elsewhere in the folder: the rebuilds after it look at every file again.
            _ = try watch.lineAfter { try WatchScene.writeAndRename(WatchScene.article("other", title: "Another", minute: 20), to: input.appendingPathComponent("other.md")) }
            _ = try watch.waitFor("the edit published", seconds: 15) {
                try WatchScene.titles(in: watch.output).contains("Edited through another link") ? true : nil
            }
            try expectColdTree(watch, after: "a change through another hard link")
            #expect(watch.stop() == 0)
        }
    }

    @Test("the cache is written once the input is quiet, while the watch runs, and when it stops")
    func cacheSavedWhenQuiet() throws {
        try withTemporaryFolder { folder in
            let input = try WatchScene.input(in: folder, count: 3)
            let watch = try WatchProcess(in: folder, input: input)
            let caches = folder.appendingPathComponent(".cache/feedpub", isDirectory: true)
            let first = try watch.waitFor("the first build's cache file") { try? Self.cacheFile(in: caches) }
            _ = try watch.lineAfter { try WatchScene.writeAndRename(WatchScene.article("new", title: "Arrived", minute: 30), to: input.appendingPathComponent("new.md")) }
            // Still running: written again once quiet, with the new article in it.
            _ = try watch.waitFor("the cache written after the rebuild") { try Self.cacheFile(in: caches) != first ? true : nil }
            let saved = try Self.cacheFile(in: caches)
            _ = try watch.lineAfter { try FileManager.default.removeItem(at: input.appendingPathComponent("base-0.md")) }
            #expect(watch.stop() == 0)
            #expect(try Self.cacheFile(in: caches) != saved, "the last rebuild's cache written when the watch stopped")
            let build = try FeedpubCommand.run(["build", "--input", input.path, "--output", watch.output.path, "--base-url", FixtureBuild.baseURL,
                                                "--quiet"], in: folder)
            #expect(build.status == 0)
            try expectColdTree(watch, after: "a build from the cache saved at exit")
        }
    }

    /// The one cache file in `caches`, with its modification date and size, which each save changes.
    private static func cacheFile(in caches: URL) throws -> String {
        let names = try FileManager.default.contentsOfDirectory(atPath: caches.path).filter { $0.hasSuffix(".cache") }
        guard names.count == 1 else { throw CocoaError(.fileNoSuchFile) }
        var info = stat()
        guard lstat(caches.appendingPathComponent(names[0]).path, &info) == 0 else { throw CocoaError(.fileNoSuchFile) }
        return "\(names[0]) \(info.st_ino) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
    }
}
