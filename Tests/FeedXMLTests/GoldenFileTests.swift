import FeedModel
@testable import FeedXML
import Testing
import TestSupport

/// Whole documents, compared byte for byte with `Snapshots/<test>.<format>.xml`.
/// `FEEDPUB_RECORD_SNAPSHOTS=1` re-records them (and fails, so a recording never passes).
@Suite struct GoldenFileTests {
    static let names = ["emptyFeed", "minimalFeed", "richFeed"]
    static let files = names.flatMap { name in FeedFormat.xmlCases.map { "\(name).\($0.rawValue).xml" } }

    @Test func snapshotsHoldExactlyTheGoldenFiles() throws {
        let indexes = OPMLWriterTests.goldenFiles + HTMLIndexWriterTests.goldenFiles
        #expect(try ResourceFolder.snapshots.names() == (Self.files + indexes).sorted())
    }

    /// Checked as stored, apart from the rendering: a golden file is itself a well-formed
    /// document, and valid Atom where it is Atom.
    @Test(arguments: files)
    func goldenFileParsesBack(name: String) throws {
        let bytes = try #require(try ResourceFolder.snapshots.bytes(name), "Snapshots/\(name) is missing")
        let xml = try ParsedXML(bytes)
        if name.hasSuffix(".atom.xml") { #expect(try xml.atomSchemaViolations() == []) }
    }

    @Test(arguments: FeedFormat.xmlCases)
    func richFeed(format: FeedFormat) throws {
        try check(GoldenFeeds.rich, format, named: "richFeed")
    }

    @Test(arguments: FeedFormat.xmlCases)
    func minimalFeed(format: FeedFormat) throws {
        try check(GoldenFeeds.minimal, format, named: "minimalFeed")
    }

    @Test(arguments: FeedFormat.xmlCases)
    func emptyFeed(format: FeedFormat) throws {
        try check(GoldenFeeds.empty, format, named: "emptyFeed")
    }

    /// The rendering matches the golden file byte for byte, and a second rendering gives the same
    /// bytes (`Rendered` has already parsed it back, and checked it against the Atom schema).
    private func check(_ feed: Feed, _ format: FeedFormat, named name: String,
                       sourceLocation: SourceLocation = #_sourceLocation) throws {
        let rendered = try Rendered(format, feed, sourceLocation: sourceLocation)
        try Snapshot.assertMatches(rendered.bytes, named: "\(name).\(format.rawValue).xml", in: .snapshots, sourceLocation: sourceLocation)
        #expect(try format.render(feed) == rendered.bytes, "rendering twice gave different bytes", sourceLocation: sourceLocation)
    }
}
