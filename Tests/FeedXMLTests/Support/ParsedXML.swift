import CLibXML2
import Foundation
import Testing

/// A document parsed back the way a strict reader parses it: libxml2, no network, no recovery,
/// and namespaces checked too. Queried with XPath, with the `atom`, `content`, `dc` and `media`
/// prefixes bound (Atom documents use `atom:` for their default namespace).
final class ParsedXML {
    struct NotWellFormed: Error, CustomStringConvertible {
        var description: String
    }

    struct SchemaUnreadable: Error, CustomStringConvertible {
        var description: String
    }

    static let namespaces = [
        ("atom", "http://www.w3.org/2005/Atom"),
        ("content", "http://purl.org/rss/1.0/modules/content/"),
        ("dc", "http://purl.org/dc/elements/1.1/"),
        ("media", "http://search.yahoo.com/mrss/"),
        ("sy", "http://purl.org/rss/1.0/modules/syndication/"),
    ]

    /// libxml2 wants this once before it is used from several threads (tests run in parallel).
    static let libraryReady: Void = xmlInitParser()

    private let document: xmlDocPtr
    private let context: xmlXPathContextPtr

    /// Throws (failing the calling test) unless `bytes` are well-formed, namespace-well-formed XML.
    convenience init(_ bytes: [UInt8]) throws {
        _ = Self.libraryReady
        guard let parser = xmlNewParserCtxt() else { throw NotWellFormed(description: "libxml2 has no parser context") }
        defer { xmlFreeParserCtxt(parser) }
        // xmlCtxtReadMemory is xmlReadMemory with the context kept: an undeclared prefix only
        // clears `nsWellFormed` and still yields a document, so both flags are checked. The
        // error goes into the thrown message rather than to stderr.
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        let parsed = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) {
                xmlCtxtReadMemory(parser, $0.baseAddress, Int32($0.count), nil, nil, options)
            }
        }
        guard let parsed, parser.pointee.wellFormed != 0, parser.pointee.nsWellFormed != 0 else {
            if let parsed { xmlFreeDoc(parsed) }
            let error = parser.pointee.lastError
            let message = error.message.map { String(cString: $0) } ?? "no message"
            throw NotWellFormed(description: "not well-formed XML, line \(error.line): \(message.trimmingCharacters(in: .whitespacesAndNewlines))")
        }
        try self.init(adopting: parsed)
    }

    /// Queries a document parsed elsewhere (`ParsedHTML`), freeing it when done.
    init(adopting parsed: xmlDocPtr) throws {
        guard let context = xmlXPathNewContext(parsed) else {
            xmlFreeDoc(parsed)
            throw NotWellFormed(description: "libxml2 has no XPath context")
        }
        for (prefix, uri) in Self.namespaces { xmlXPathRegisterNs(context, prefix, uri) }
        self.document = parsed
        self.context = context
    }

    deinit {
        xmlXPathFreeContext(context)
        xmlFreeDoc(document)
    }

    /// The string value of `path` (for a node set, its first node's), as XPath `string()` gives it.
    func string(_ path: String, sourceLocation: SourceLocation = #_sourceLocation) -> String {
        evaluate("string(\(path))", sourceLocation) { String(cString: $0.stringval) } ?? ""
    }

    /// How many nodes `path` selects.
    func count(_ path: String, sourceLocation: SourceLocation = #_sourceLocation) -> Int {
        evaluate("count(\(path))", sourceLocation) { Int($0.floatval) } ?? -1
    }

    /// `perNode` (an XPath string expression) evaluated on each node `path` selects, in document
    /// order: their text by default, or e.g. `name()` for the element names.
    func strings(_ path: String, _ perNode: String = "string(.)", sourceLocation: SourceLocation = #_sourceLocation) -> [String] {
        guard let result = xmlXPathEvalExpression(path, context) else {
            Issue.record("XPath \(path) did not evaluate", sourceLocation: sourceLocation)
            return []
        }
        defer { xmlXPathFreeObject(result) }
        guard let nodes = result.pointee.nodesetval, nodes.pointee.nodeNr > 0 else { return [] }
        let saved = context.pointee.node
        defer { context.pointee.node = saved }
        return (0..<Int(nodes.pointee.nodeNr)).map { index in
            context.pointee.node = nodes.pointee.nodeTab[index]
            return evaluate("string(\(perNode))", sourceLocation) { String(cString: $0.stringval) } ?? ""
        }
    }

    private func evaluate<T>(_ expression: String, _ sourceLocation: SourceLocation, _ read: (xmlXPathObject) -> T) -> T? {
        guard let result = xmlXPathEvalExpression(expression, context) else {
            Issue.record("XPath \(expression) did not evaluate", sourceLocation: sourceLocation)
            return nil
        }
        defer { xmlXPathFreeObject(result) }
        return read(result.pointee)
    }

    /// What the RFC 4287 Appendix B RELAX NG schema (`Fixtures/atom.rng`) finds wrong; empty when valid.
    func atomSchemaViolations() throws -> [String] {
        let schemaBytes = try Self.atomSchema()
        let log = MessageLog()
        let logPointer = Unmanaged.passUnretained(log).toOpaque()
        return try withExtendedLifetime(log) {
            let schema = schemaBytes.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) { bytes -> xmlRelaxNGPtr? in
                    guard let parser = xmlRelaxNGNewMemParserCtxt(bytes.baseAddress, Int32(bytes.count)) else { return nil }
                    defer { xmlRelaxNGFreeParserCtxt(parser) }
                    xmlRelaxNGSetParserStructuredErrors(parser, MessageLog.collect, logPointer)
                    return xmlRelaxNGParse(parser)
                }
            }
            guard let schema else { throw SchemaUnreadable(description: "atom.rng: " + log.messages.joined(separator: "; ")) }
            defer { xmlRelaxNGFree(schema) }
            guard let validator = xmlRelaxNGNewValidCtxt(schema) else { throw SchemaUnreadable(description: "no RELAX NG validation context") }
            defer { xmlRelaxNGFreeValidCtxt(validator) }
            xmlRelaxNGSetValidStructuredErrors(validator, MessageLog.collect, logPointer)
            let status = xmlRelaxNGValidateDoc(validator, document)
            if status != 0 && log.messages.isEmpty { log.messages.append("invalid (status \(status)) with no message") }
            return log.messages
        }
    }

    private static func atomSchema() throws -> [UInt8] {
        guard let url = Bundle.module.url(forResource: "atom", withExtension: "rng", subdirectory: "Fixtures") else {
            throw SchemaUnreadable(description: "Fixtures/atom.rng is missing from the test bundle")
        }
        return try [UInt8](Data(contentsOf: url))
    }

    /// Collects libxml2's structured errors, passed to C as its context pointer.
    private final class MessageLog {
        var messages: [String] = []

        static let collect: xmlStructuredErrorFunc = { userData, error in
            guard let userData, let error else { return }
            let log = Unmanaged<MessageLog>.fromOpaque(userData).takeUnretainedValue()
            let message = error.pointee.message.map { String(cString: $0) } ?? "no message"
            log.messages.append("line \(error.pointee.line): \(message.trimmingCharacters(in: .whitespacesAndNewlines))")
        }
    }
}
