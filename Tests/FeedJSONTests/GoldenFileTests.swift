import FeedJSON
import FeedModel
import Foundation
import Testing
import TestSupport

/// Whole documents, compared byte for byte with `Snapshots/<test>.json`.
/// `FEEDPUB_RECORD_SNAPSHOTS=1` re-records them (and fails, so a recording never passes).
/// `validate-json-feeds` checks the same documents against `Fixtures/jsonfeed-1.1.schema.json`.
@Suite struct GoldenFileTests {
    static let files = ["emptyFeed.json", "minimalFeed.json", "richFeed.json"]

    @Test func snapshotsHoldExactlyTheGoldenFiles() throws {
        #expect(try ResourceFolder.snapshots.names() == Self.files.sorted())
    }

    /// Checked as stored, apart from the rendering: a golden file is itself JSON that
    /// Foundation reads, with what JSON Feed 1.1 requires of every feed and item.
    @Test(arguments: files)
    func goldenFileParsesBack(name: String) throws {
        let bytes = try #require(try ResourceFolder.snapshots.bytes(name), "Snapshots/\(name) is missing")
        let json = try ParsedJSON(bytes)
        #expect(json.feed["version"] as? String == "https://jsonfeed.org/version/1.1")
        #expect(json.feed["title"] is String)
        #expect(json.feed["items"] is [Any])
        for item in json.items {
            #expect(item["id"] is String)
            #expect(item["content_html"] is String || item["content_text"] is String)
        }
    }

    @Test func richFeed() throws {
        try check(GoldenFeeds.rich, named: "richFeed")
    }

    @Test func minimalFeed() throws {
        try check(GoldenFeeds.minimal, named: "minimalFeed")
    }

    @Test func emptyFeed() throws {
        try check(GoldenFeeds.empty, named: "emptyFeed")
    }

    /// The rendering matches the golden file byte for byte, and a second rendering gives the same
    /// bytes (`Rendered` has already parsed it back).
    private func check(_ feed: Feed, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let rendered = try Rendered(feed)
        try Snapshot.assertMatches(rendered.bytes, named: "\(name).json", in: .snapshots, sourceLocation: sourceLocation)
        let again = try JSONFeedWriter(siteTitle: Sample.siteTitle).render(feed)
        #expect(again == rendered.bytes, "rendering twice gave different bytes", sourceLocation: sourceLocation)
    }
}
