internal import CLibXML2
import Glibc

/// An element of a parsed document, read by local name and namespace URI; valid while its document is.
struct XMLElement {
    let node: xmlNodePtr

    /// Whether this is `name` in `namespace` (nil: no namespace).
    func `is`(_ name: String, _ namespace: String?) -> Bool {
        String(cString: node.pointee.name) == name && node.pointee.ns.map { String(cString: $0.pointee.href) } == namespace
    }

    /// The child elements, in order.
    var children: [XMLElement] {
        var elements: [XMLElement] = []
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE { elements.append(XMLElement(node: current)) }
            child = current.pointee.next
        }
        return elements
    }

    /// The first child element `name` in `namespace`.
    func child(_ name: String, _ namespace: String?) -> XMLElement? {
        children.first { $0.is(name, namespace) }
    }

    /// The text content, entities and CDATA resolved: every text node below, in order.
    var text: String {
        var bytes: [UInt8] = []
        Self.appendText(of: node.pointee.children, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The attribute `name` (no namespace), when present.
    func attribute(_ name: String) -> String? {
        xmlHasNsProp(node, name, nil).map { attribute in
            var bytes: [UInt8] = []
            Self.appendText(of: attribute.pointee.children, to: &bytes)
            return String(decoding: bytes, as: UTF8.self)
        }
    }

    /// The `xml:lang` attribute of this element.
    var language: String? {
        xmlHasNsProp(node, "lang", "http://www.w3.org/XML/1998/namespace").map { attribute in
            var bytes: [UInt8] = []
            Self.appendText(of: attribute.pointee.children, to: &bytes)
            return String(decoding: bytes, as: UTF8.self)
        }
    }

    // Read from the tree rather than with xmlNodeGetContent, whose result needs libxml2's
    // xmlFree, a global Swift 6 does not let us touch.
    private static func appendText(of first: xmlNodePtr?, to bytes: inout [UInt8]) {
        var child = first
        while let current = child {
            switch current.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content {
                    bytes.append(contentsOf: UnsafeBufferPointer(start: content, count: strlen(content)))
                }
            case XML_ELEMENT_NODE:
                appendText(of: current.pointee.children, to: &bytes)
            default:
                break
            }
            child = current.pointee.next
        }
    }

    /// The element's size when serialized on its own, as UTF-8 bytes.
    func serializedSize(in document: xmlDocPtr) -> Int {
        guard let buffer = xmlBufferCreate() else { return 0 }
        defer { xmlBufferFree(buffer) }
        xmlNodeDump(buffer, document, node, 0, 0)
        return Int(xmlBufferLength(buffer))
    }
}
