internal import CLibXML2

/// HTML5 written straight to bytes, exactly as `HTMLWriter` (libxml2's HTML tree, written out by
/// `htmlDocContentDumpFormatOutput` with formatting) writes the same calls: at hundreds of feeds,
/// building and serializing libxml2's tree cost the index page ~20,000 instructions an element.
///
/// libxml2's rules (HTMLtree.c, 2.9.14), for an element its HTML 4 table knows as a block
/// (`HTMLElementLayout`): a line break after it when an element follows it, and, when its
/// name does not start with `p` and it holds two children or more, one after its start tag
/// when the first is an element and one before its end tag when the last is; none inside an
/// element whose name starts with `p`. Adjacent texts are one node, as `xmlAddChild` merges them.
/// `HTMLByteWriterTests` holds it to `HTMLWriter` byte for byte.
final class HTMLByteWriter: HTMLElementWriter {
    struct Failure: Error {}

    // Never accessed while another access is under way (no body runs inside one): unchecked,
    // as each check cost more than the access.
    @exclusivity(unchecked) private var bytes: [UInt8] = Array("<!DOCTYPE html>\n".utf8)
    /// The elements written into, innermost last.
    @exclusivity(unchecked) private var open: [OpenElement] = []
    private var hasRoot = false
    private var failed = false
    /// Looked up once per name: libxml2's table is searched by case-insensitive comparisons.
    @exclusivity(unchecked) private var layouts = NameCache<HTMLElementLayout>()
    @exclusivity(unchecked) private var attributeKinds = NameCache<AttributeKind>()

    init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    /// An element being written, and what libxml2's line breaks depend on.
    private struct OpenElement {
        let name: String
        let layout: HTMLElementLayout
        /// Where its first child starts: the line break after the start tag is put here once
        /// a second child shows it is due.
        let contentStart: Int
        var childCount = 0
        var firstIsText = false
        var last = Child.none

        /// libxml2 breaks lines after the start tag and before the end tag around element children.
        var breaksLinesInside: Bool { layout.isBlock && !layout.keepsChildrenOnOneLine }
    }

    private enum Child {
        case none, text
        case element(isBlock: Bool)

        var isText: Bool { if case .text = self { true } else { false } }
        var isElement: Bool { if case .element = self { true } else { false } }
        var isBlock: Bool { if case .element(isBlock: true) = self { true } else { false } }
    }

    private enum AttributeKind {
        /// Written by its name alone (`htmlIsBooleanAttr`: `readonly`, `checked`…).
        case boolean
        /// A URL, percent-encoded (`href`, `src`, `action`).
        case url
        /// `name`, a URL in `<a>` only.
        case anchorName
        case plain
    }

    func element(_ name: String, _ attributes: KeyValuePairs<String, String?>, _ body: () -> Void) {
        guard !hasRoot || !open.isEmpty else { failed = true; return }  // one root only
        hasRoot = true
        let layout = layout(of: name)
        addChild(.element(isBlock: layout.isBlock))
        bytes.append(UInt8(ascii: "<"))
        bytes.append(contentsOf: name.utf8)
        for case let (key, value?) in attributes { attribute(key, value, of: name) }
        bytes.append(UInt8(ascii: ">"))
        open.append(OpenElement(name: name, layout: layout, contentStart: bytes.count))
        if layout.isSectioning { text("\n") }
        body()
        if layout.isSectioning, !open[open.count - 1].last.isText { text("\n") }
        close()
        if layout.isSectioning, !open.isEmpty { text("\n") }
    }

    func text(_ text: String) {
        guard !open.isEmpty else { failed = true; return }
        addChild(.text)
        if open[open.count - 1].layout.holdsRawText {
            bytes.append(contentsOf: HTMLText.clean(text).utf8)
        } else {
            HTMLEscaping.appendText(HTMLText.clean(text), to: &bytes)
        }
    }

    func finish() throws(Failure) -> [UInt8] {
        guard !failed, hasRoot, open.isEmpty else { throw Failure() }
        return bytes
    }

    /// Counts a new child of the innermost element, and writes the line breaks it decides.
    private func addChild(_ child: Child) {
        guard let parent = open.last else { return }
        if child.isText, parent.last.isText { return }  // merged into the text before it
        if child.isElement, parent.last.isBlock, !parent.layout.keepsChildrenOnOneLine {
            bytes.append(UInt8(ascii: "\n"))
        }
        if parent.childCount == 1, !parent.firstIsText, parent.breaksLinesInside {
            bytes.insert(UInt8(ascii: "\n"), at: parent.contentStart)
        }
        open[open.count - 1].childCount += 1
        open[open.count - 1].last = child
        if parent.childCount == 0 { open[open.count - 1].firstIsText = child.isText }
    }

    private func close() {
        let element = open.removeLast()
        assert(!element.layout.isVoid || element.childCount == 0, "libxml2 writes no child of a void element")
        if element.layout.isVoid { return }
        if element.childCount == 0, element.layout.dropsEmptyEndTag { return }
        if element.childCount >= 2, element.last.isElement, element.breaksLinesInside {
            bytes.append(UInt8(ascii: "\n"))
        }
        bytes.append(contentsOf: "</".utf8)
        bytes.append(contentsOf: element.name.utf8)
        bytes.append(UInt8(ascii: ">"))
        if open.isEmpty { bytes.append(UInt8(ascii: "\n")) }  // the end of the document
    }

    private func attribute(_ key: String, _ value: String, of element: String) {
        bytes.append(UInt8(ascii: " "))
        bytes.append(contentsOf: key.utf8)
        let kind = attributeKind(of: key)
        if case .boolean = kind { return }
        bytes.append(UInt8(ascii: "="))
        let isURL = if case .anchorName = kind { element.lowercased() == "a" } else { kind == .url }
        HTMLEscaping.appendAttribute(HTMLText.clean(value), isURL: isURL, to: &bytes)
    }

    private func layout(of name: String) -> HTMLElementLayout {
        layouts.value(of: name, HTMLElementLayout.init)
    }

    private func attributeKind(of key: String) -> AttributeKind {
        attributeKinds.value(of: key) { key in
            switch key.lowercased() {
            case _ where htmlIsBooleanAttr(key) != 0: .boolean
            case "href", "src", "action": .url
            case "name": .anchorName
            default: .plain
            }
        }
    }
}
