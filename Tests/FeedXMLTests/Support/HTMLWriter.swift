import CLibXML2
@testable import FeedXML

/// HTML5 built as a libxml2 HTML tree and written out by libxml2's HTML serializer: the
/// HTML counterpart of `XMLWriter`, with the same `element` calls.
///
/// `XMLWriter` cannot write HTML5: xmlTextWriter opens with an XML declaration (an error in
/// HTML5), has no bare `<!DOCTYPE html>`, and closes empty elements as `<td/>`, which an HTML
/// parser reads as a start tag left open. The HTML serializer writes `<!DOCTYPE html>` from a
/// bare internal subset, void elements (`<meta>`, `<link>`) without an end tag and every other
/// element with one, and escapes text and attribute values (it also percent-encodes what a URL
/// may not hold in `href`). Strings are cleaned by `HTMLText.clean`. `HTMLByteWriter` writes
/// the same bytes without the tree, which is what feedpub uses; this writer, kept with the
/// tests, is the reference it is held to.
final class HTMLWriter: HTMLElementWriter {
    struct Failure: Error {}

    private let document: htmlDocPtr
    private var parent: xmlNodePtr?
    private var failed = false

    init() {
        document = htmlNewDocNoDtD(nil, nil)
        // Known to the serializer, so non-ASCII text stays UTF-8 instead of character references.
        document.pointee.encoding = UnsafePointer(xmlStrdup("UTF-8"))
        if xmlCreateIntSubset(document, "html", nil, nil) == nil { failed = true }
    }

    deinit {
        xmlFreeDoc(document)
    }

    /// An element with attributes and children written by `body`; attributes with a nil value
    /// are left out. The first element becomes the root.
    func element(_ name: String, _ attributes: KeyValuePairs<String, String?>, _ body: () -> Void) {
        // Created without content: xmlNewDocNode would read `&…;` in its content as references.
        guard let node = xmlNewDocNode(document, nil, name, nil) else { failed = true; return }
        if let parent { xmlAddChild(parent, node) } else { xmlDocSetRootElement(document, node) }
        for case let (key, value?) in attributes where xmlNewProp(node, key, HTMLText.clean(value)) == nil {
            failed = true
        }
        let saved = parent
        parent = node
        // On lines of their own: see `HTMLElementLayout.isSectioning`.
        let sectioning = HTMLElementLayout.sectioning.contains(name)
        if sectioning { text("\n") }
        body()
        if sectioning, node.pointee.last?.pointee.type != XML_TEXT_NODE { text("\n") }
        parent = saved
        if sectioning, parent != nil { text("\n") }
    }

    /// Text inside the current element, written as characters, never as markup.
    func text(_ text: String) {
        guard let parent, let node = xmlNewDocText(document, HTMLText.clean(text)) else { failed = true; return }
        xmlAddChild(parent, node)
    }

    /// The finished document's bytes: UTF-8, one element per line where whitespace is harmless.
    func finish() throws(Failure) -> [UInt8] {
        guard !failed, let output = xmlAllocOutputBuffer(nil) else { throw Failure() }
        defer { xmlOutputBufferClose(output) }
        htmlDocContentDumpFormatOutput(output, document, nil, 1)
        guard output.pointee.error == 0, let content = xmlOutputBufferGetContent(output) else { throw Failure() }
        return Array(UnsafeBufferPointer(start: content, count: Int(xmlOutputBufferGetSize(output))))
    }
}
