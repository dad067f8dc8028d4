import Foundation
import Testing
import TestSupport

/// Custom feeds are announced to the WebSub hub like every feed, and archived like every feed.
@Suite("Custom feeds: WebSub and archives", .serialized)
struct CustomFeedWebSubTests {
    @Test("a custom feed's files are announced when written and when its selection changes; its archive pages are not")
    func announcedAndArchived() throws {
        try withTemporaryFolder { folder in
            let hub = try HubStandIn(in: folder)
            defer { hub.stop() }
            try Data("feeds:\n  - {slug: everything, title: Everything, limit: 1}\n  - {slug: merger, title: Mergers, keywords_any: [merger]}\n".utf8)
                .write(to: folder.appendingPathComponent("feedpub.yml"))
            let arguments = ["--hub", hub.url, "--limit", "2", "--archive-page-size", "2"]
            let build = try FixtureBuild("articles", in: folder, arguments: arguments)
            #expect(build.result.status == 0, "stderr: \(build.result.standardError)")
            let files = try FileTree(reading: build.output).filePaths
            #expect(files.contains("custom/everything/archive/1/atom.xml"))
            let feedFiles = files.filter { ["rss.xml", "atom.xml", "feed.json"].contains(($0 as NSString).lastPathComponent) }
                .filter { !$0.contains("archive/") }
            let all = Set(try hub.waitForRequests(feedFiles.count).map(\.body))
            let announced = { (path: String) in "hub.mode=publish&hub.url=" + Self.formEncoded(FixtureBuild.baseURL + path) }
            #expect(all.contains(announced("custom/everything/rss.xml")) && all.contains(announced("custom/merger/feed.json")))
            #expect(!all.contains(announced("custom/everything/archive/1/rss.xml")))

            let before = try hub.requests().count
            let article = build.input.appendingPathComponent("dup-update.md")
            let text = try String(contentsOf: article, encoding: .utf8)
            try Data(text.replacingOccurrences(of: "Merger approved", with: "Deal approved").utf8).write(to: article)
            #expect(try build.rerun(arguments: arguments).status == 0)
            let later = try hub.requests().dropFirst(before).map(\.body)
            #expect(later.contains(announced("custom/merger/atom.xml")), "\(later)")
        }
    }

    private static func formEncoded(_ text: String) -> String {
        var allowed = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed)!
    }
}
