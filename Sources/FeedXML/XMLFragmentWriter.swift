/// Entries written straight to bytes, exactly as `XMLWriter` (libxml2's xmlTextWriter,
/// indenting) writes them at the same depth of a document: every feed's entries are the bulk of
/// its bytes, and libxml2's writer spent most of a build's rendering time on them byte by
/// byte. Its rules, from xmlwriter.c: a start tag stays open (`<name attr="…"`) until content
/// follows, closed by `>` and a line break before a child element, by `>` alone before text,
/// or as `/>` when nothing follows; an element starts on a line indented two spaces per
/// ancestor; an end tag is indented likewise after a child element, not after text; every
/// element ends with a line break. `XMLFragmentWriterTests` holds it to libxml2 byte for byte.
final class XMLFragmentWriter: XMLElementWriter {
    // Never accessed while another access is under way (no body runs inside one): unchecked,
    // as HTMLByteWriter's are. The checks were 3 % of a build's instructions with archive pages.
    @exclusivity(unchecked) private var bytes: [UInt8] = []
    /// Ancestors of the next element, the enclosing document's included.
    @exclusivity(unchecked) private var depth: Int
    /// The innermost element's start tag is still open.
    @exclusivity(unchecked) private var tagOpen = false
    /// The next end tag goes on its own indented line (it follows an element, not text).
    @exclusivity(unchecked) private var indentsEndTag = true

    private init(depth: Int) {
        self.depth = depth
    }

    /// The bytes each `body(i)` writes, for `i` in `0..<count`, as consecutive siblings
    /// inside `depth` elements of a document, after a sibling element.
    static func fragments(depth: Int, count: Int, _ body: (Int, XMLFragmentWriter) -> Void) -> [[UInt8]] {
        let writer = XMLFragmentWriter(depth: depth)
        writer.bytes.reserveCapacity(16_384)
        return (0..<count).map { index in
            body(index, writer)
            // Copied out at its size: a batch holds its shared entries, and spare capacity
            // kept in each would grow memory by as much again.
            defer { writer.bytes.removeAll(keepingCapacity: true) }
            return writer.bytes.withUnsafeBufferPointer { Array($0) }
        }
    }

    /// A whole document as libxml2's writer gives it (`XMLWriter`): the XML declaration, then the
    /// root element `body` writes.
    static func document(capacity: Int, _ body: (XMLFragmentWriter) -> Void) -> [UInt8] {
        let writer = XMLFragmentWriter(depth: 0)
        writer.bytes.reserveCapacity(capacity)
        writer.bytes.append(contentsOf: #"<?xml version="1.0" encoding="UTF-8"?>"#.utf8)
        writer.bytes.append(UInt8(ascii: "\n"))
        body(writer)
        return writer.bytes
    }

    func element(_ name: String, _ attributes: KeyValuePairs<String, String?>, _ body: () -> Void) {
        closeStartTag(lineBreak: true)
        indent()
        bytes.append(UInt8(ascii: "<"))
        bytes.append(contentsOf: name.utf8)
        for case let (key, value?) in attributes {
            bytes.append(UInt8(ascii: " "))
            bytes.append(contentsOf: key.utf8)
            bytes.append(UInt8(ascii: "="))
            bytes.append(UInt8(ascii: "\""))
            XMLEscaping.appendAttribute(value, to: &bytes)
            bytes.append(UInt8(ascii: "\""))
        }
        tagOpen = true
        depth += 1
        body()
        depth -= 1
        if tagOpen {
            bytes.append(UInt8(ascii: "/"))
            bytes.append(UInt8(ascii: ">"))
            tagOpen = false
        } else {
            if indentsEndTag { indent() }
            bytes.append(UInt8(ascii: "<"))
            bytes.append(UInt8(ascii: "/"))
            bytes.append(contentsOf: name.utf8)
            bytes.append(UInt8(ascii: ">"))
        }
        indentsEndTag = true
        bytes.append(UInt8(ascii: "\n"))
    }

    func element(_ name: String, _ attributes: KeyValuePairs<String, String?>, text: String) {
        element(name, attributes) {
            closeStartTag(lineBreak: false)
            indentsEndTag = false
            XMLEscaping.appendText(text, to: &bytes)
        }
    }

    private func closeStartTag(lineBreak: Bool) {
        guard tagOpen else { return }
        bytes.append(UInt8(ascii: ">"))
        if lineBreak { bytes.append(UInt8(ascii: "\n")) }
        tagOpen = false
    }

    private func indent() {
        bytes.appendSpaces(2 * depth)
    }
}
