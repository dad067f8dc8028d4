import FeedModel
@testable import FeedXML
import Testing
import TestSupport

/// A feed written in one format and parsed back. Rendering fails the test if the writer fails,
/// if its output is not well-formed, or if an Atom document is not valid against RFC 4287's schema.
extension Rendered where Document == ParsedXML {
    init(_ format: FeedFormat, _ feed: Feed, sourceLocation: SourceLocation = #_sourceLocation) throws {
        _ = ParsedXML.libraryReady
        try self.init(bytes: try format.render(feed), parse: ParsedXML.init)
        if format == .atom {
            let violations = try xml.atomSchemaViolations()
            #expect(violations == [], "not valid Atom (RFC 4287 Appendix B)", sourceLocation: sourceLocation)
        }
    }

    var xml: ParsedXML { document }
}
