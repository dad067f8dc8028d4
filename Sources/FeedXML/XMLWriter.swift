internal import CLibXML2

/// The one wrapper over libxml2's `xmlTextWriter` that every format writes through.
///
/// It always starts the document as UTF-8 (without that, libxml2 writes non-ASCII attributes
/// as character references), cleans every string with `XMLText.clean`, and lets libxml2 do
/// all escaping: no markup is ever built from strings here.
final class XMLWriter {
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
    func element(_ name: String, _ attributes: KeyValuePairs<String, String?> = [:], _ body: () -> Void = {}) {
        check(xmlTextWriterStartElement(writer, name))
        for case let (key, value?) in attributes {
            check(xmlTextWriterWriteAttribute(writer, key, XMLText.clean(value)))
        }
        body()
        check(xmlTextWriterEndElement(writer))
    }

    /// An element holding only text; attributes with a nil value are left out.
    func element(_ name: String, _ attributes: KeyValuePairs<String, String?> = [:], text: String) {
        element(name, attributes) {
            check(xmlTextWriterWriteString(writer, XMLText.clean(text)))
        }
    }

    /// The finished document's bytes.
    func finish() throws(Failure) -> [UInt8] {
        check(xmlTextWriterEndDocument(writer))
        check(xmlTextWriterFlush(writer))
        guard !failed, let content = xmlBufferContent(buffer) else { throw Failure() }
        return Array(UnsafeBufferPointer(start: content, count: Int(xmlBufferLength(buffer))))
    }

    private func check(_ status: Int32) {
        if status < 0 { failed = true }
    }
}
