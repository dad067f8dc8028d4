import CLibXML2
import Foundation
import Testing

/// A page parsed back by libxml2's HTML parser (`htmlReadMemory`, no network), throwing on any
/// error or warning it reports, and then queried with XPath like `ParsedXML`.
///
/// libxml2's parser knows HTML 4's elements only, so "Tag section invalid" is the one complaint
/// let through, and only for the HTML5 elements in `html5Elements`.
struct ParsedHTML {
    struct Invalid: Error, CustomStringConvertible {
        var description: String
    }

    static let html5Elements: Set = ["header", "main", "section", "article", "time", "nav", "footer"]

    let xml: ParsedXML

    init(_ bytes: [UInt8]) throws {
        _ = ParsedXML.libraryReady
        let log = MessageLog()
        let options = Int32(HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue)
        // The structured handler is per thread in libxml2, so parallel tests do not share it.
        xmlSetStructuredErrorFunc(Unmanaged.passUnretained(log).toOpaque(), MessageLog.collect)
        let parsed = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { htmlReadMemory($0.baseAddress, Int32($0.count), nil, "UTF-8", options) }
        }
        xmlSetStructuredErrorFunc(nil, nil)
        guard let parsed else { throw Invalid(description: "libxml2 read no document: " + log.messages.joined(separator: "; ")) }
        guard log.messages.isEmpty else {
            xmlFreeDoc(parsed)
            throw Invalid(description: "libxml2's HTML parser: " + log.messages.joined(separator: "; "))
        }
        xml = try ParsedXML(adopting: parsed)
    }

    private final class MessageLog {
        var messages: [String] = []

        static let collect: xmlStructuredErrorFunc = { userData, error in
            guard let userData, let error else { return }
            let log = Unmanaged<MessageLog>.fromOpaque(userData).takeUnretainedValue()
            let tag = error.pointee.str1.map { String(cString: $0) }
            if error.pointee.code == Int32(XML_HTML_UNKNOWN_TAG.rawValue), let tag, ParsedHTML.html5Elements.contains(tag) { return }
            let message = error.pointee.message.map { String(cString: $0) } ?? "no message"
            log.messages.append("line \(error.pointee.line): \(message.trimmingCharacters(in: .whitespacesAndNewlines))")
        }
    }
}
