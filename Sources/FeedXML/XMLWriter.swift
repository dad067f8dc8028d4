internal import CLibXML2

/// The one wrapper over libxml2's `xmlTextWriter` that every format writes through.
///
/// It always starts the document as UTF-8 (without that, libxml2 writes non-ASCII attributes
/// as character references), cleans every string with `XMLText.clean`, and lets libxml2 do
/// all escaping: no markup is ever built from strings here.
final class XMLWriter: XMLElementWriter {
    struct Failure: Error {}

    private let buffer: xmlBufferPtr
    private let writer: xmlTextWriterPtr
    private var failed = false

    init() {
        buffer = xmlBufferCreate()
        writer = xmlNewTextWriterMemory(buffer, 0)
        check(xmlTextWriterSetIndent(writer, 1))
        check(xmlTextWriterSetIndentString(writer, "  "))
        check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil))
    }

    deinit {
        xmlFreeTextWriter(writer)
        xmlBufferFree(buffer)
    }

    /// An element with attributes and children written by `body`.
    func element(_ name: String, _ attributes: KeyValuePairs<String, String?>, _ body: () -> Void) {
        check(xmlTextWriterStartElement(writer, name))
        for case let (key, value?) in attributes {
            check(xmlTextWriterWriteAttribute(writer, key, XMLText.clean(value)))
        }
        body()
        check(xmlTextWriterEndElement(writer))
    }

    /// An element holding only text; attributes with a nil value are left out.
    func element(_ name: String, _ attributes: KeyValuePairs<String, String?>, text: String) {
        element(name, attributes) { writeText(XMLText.clean(text)) }
    }

    /// Text escaped exactly as `xmlTextWriterWriteString` escapes it inside an element (its
    /// `xmlEncodeSpecialChars`: `&`, `<`, `>`, `"` and CR), then written raw as it does. libxml2
    /// copied every byte into a fresh buffer; here only runs between escapes are copied.
    private func writeText(_ text: String) {
        var text = text
        let needsEscapes = text.withUTF8 { bytes in
            guard let base = bytes.baseAddress, !bytes.isEmpty else {
                check(xmlTextWriterWriteRaw(writer, ""))
                return false
            }
            guard bytes.contains(where: Self.isEscaped) else {
                check(xmlTextWriterWriteRawLen(writer, base, Int32(bytes.count)))
                return false
            }
            return true
        }
        guard needsEscapes else { return }
        var escaped: [UInt8] = []
        escaped.reserveCapacity(text.utf8.count + text.utf8.count / 8 + 16)
        XMLEscaping.appendText(text, to: &escaped)
        escaped.withUnsafeBufferPointer { check(xmlTextWriterWriteRawLen(writer, $0.baseAddress, Int32($0.count))) }
    }

    private static func isEscaped(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "\"") || byte == 0x0D
    }

    /// The finished document's bytes.
    func finish() throws(Failure) -> [UInt8] {
        try finish(inserting: [], at: 0)
    }

    /// The finished document's bytes, with `fragments` placed one after another at `offset`
    /// (a `mark()`), as if they had been written there.
    func finish(inserting fragments: [[UInt8]], at offset: Int) throws(Failure) -> [UInt8] {
        check(xmlTextWriterEndDocument(writer))
        check(xmlTextWriterFlush(writer))
        guard !failed, let content = xmlBufferContent(buffer) else { throw Failure() }
        let written = UnsafeBufferPointer(start: content, count: Int(xmlBufferLength(buffer)))
        var bytes: [UInt8] = []
        bytes.reserveCapacity(fragments.reduce(written.count) { $0 + $1.count })
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: written[..<offset]))
        for fragment in fragments { bytes.append(contentsOf: fragment) }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: written[offset...]))
        return bytes
    }

    /// How many bytes are written so far: where `finish(inserting:at:)` can place fragments.
    func mark() -> Int {
        check(xmlTextWriterFlush(writer))
        return Int(xmlBufferLength(buffer))
    }

    private func check(_ status: Int32) {
        if status < 0 { failed = true }
    }
}
