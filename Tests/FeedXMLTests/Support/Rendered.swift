import FeedModel
@testable import FeedXML
import Testing

/// A feed written in one format: its bytes, the same as text, and the document parsed back.
/// Rendering fails the test if the writer fails, if its output is not well-formed, or if an
/// Atom document is not valid against RFC 4287's schema.
struct Rendered {
    let bytes: [UInt8]
    let text: String
    let xml: ParsedXML

    init(_ format: FeedFormat, _ feed: Feed, sourceLocation: SourceLocation = #_sourceLocation) throws {
        _ = ParsedXML.libraryReady
        bytes = try format.render(feed)
        text = String(decoding: bytes, as: UTF8.self)
        xml = try ParsedXML(bytes)
        if format == .atom {
            let violations = try xml.atomSchemaViolations()
            #expect(violations == [], "not valid Atom (RFC 4287 Appendix B)", sourceLocation: sourceLocation)
        }
    }
}
