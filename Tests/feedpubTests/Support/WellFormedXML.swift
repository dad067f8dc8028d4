import CLibXML2
import Foundation

/// Parses a document back with libxml2, the way a feed reader would, to prove it is well formed.
enum WellFormedXML {
    private static let initialized: Void = xmlInitParser()

    /// nil when `data` is a well-formed XML document; otherwise libxml2's message and line.
    static func problem(in data: Data) -> String? {
        _ = initialized
        guard let context = xmlNewParserCtxt() else { return "libxml2 could not create a parser" }
        defer { xmlFreeParserCtxt(context) }
        // No network, no error printing: the message is read from the context instead.
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        let document = data.withUnsafeBytes { raw in
            xmlCtxtReadMemory(context, raw.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(raw.count),
                              "feed.xml", nil, options)
        }
        if let document { xmlFreeDoc(document) }
        guard document == nil || context.pointee.wellFormed == 0 else { return nil }
        let error = context.pointee.lastError
        let message = error.message.map { String(cString: $0) }?.trimmingCharacters(in: .whitespacesAndNewlines)
        return "line \(error.line): \(message ?? "not well formed")"
    }
}
