internal import CLibXML2
import FeedModel

/// Reading `FeedFacts` from an RSS 2.0 or Atom 1.0 document with libxml2, by namespace, not prefix.
extension FeedFacts {
    static let atom = "http://www.w3.org/2005/Atom"
    static let dublinCore = "http://purl.org/dc/elements/1.1/"
    static let mediaRSS = "http://search.yahoo.com/mrss/"

    /// The facts of `bytes`; nil when they are not a well-formed document of `format`'s root element.
    init?(parsing bytes: [UInt8], format: FeedFormat) {
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        let parsed = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { xmlReadMemory($0, Int32(buffer.count), nil, nil, options) }
            }
        }
        guard let document = parsed else { return nil }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document).map(XMLElement.init) else { return nil }
        byteCount = bytes.count
        encoding = document.pointee.encoding.map { String(cString: $0) }
        switch format {
        case .rss:
            guard root.is("rss", nil), let channel = root.child("channel", nil) else { return nil }
            readRSS(channel, document)
        case .atom:
            guard root.is("feed", Self.atom) else { return nil }
            readAtom(root, document)
        case .json:
            return nil
        }
    }

    private mutating func readRSS(_ channel: XMLElement, _ document: xmlDocPtr) {
        title = channel.child("title", nil)?.text
        link = channel.child("link", nil)?.text
        description = channel.child("description", nil)?.text
        language = channel.child("language", nil)?.text
        items = channel.children.filter { $0.is("item", nil) }.map { item in
            var facts = Item(byteCount: item.serializedSize(in: document))
            facts.title = item.child("title", nil)?.text
            facts.link = item.child("link", nil)?.text
            facts.id = item.child("guid", nil)?.text
            facts.date = (item.child("pubDate", nil) ?? item.child("date", Self.dublinCore))?.text
            facts.description = item.child("description", nil).map { HTMLText.plain($0.text) }
            facts.author = (item.child("author", nil) ?? item.child("creator", Self.dublinCore))?.text
            facts.images = Self.images(of: item)
            return facts
        }
    }

    private mutating func readAtom(_ feed: XMLElement, _ document: xmlDocPtr) {
        title = feed.child("title", Self.atom)?.text
        link = Self.alternateLink(of: feed)
        description = feed.child("subtitle", Self.atom)?.text
        language = feed.language
        items = feed.children.filter { $0.is("entry", Self.atom) }.map { entry in
            var facts = Item(byteCount: entry.serializedSize(in: document))
            facts.title = entry.child("title", Self.atom)?.text
            facts.link = Self.alternateLink(of: entry)
            facts.id = entry.child("id", Self.atom)?.text
            facts.date = (entry.child("published", Self.atom) ?? entry.child("updated", Self.atom))?.text
            facts.description = (entry.child("summary", Self.atom) ?? entry.child("content", Self.atom)).map(Self.atomText)
            facts.author = entry.child("author", Self.atom)?.child("name", Self.atom)?.text
            facts.images = Self.images(of: entry)
            return facts
        }
    }

    /// An Atom text construct as plain text (RFC 4287 §3.1): `html` has its markup removed.
    private static func atomText(_ element: XMLElement) -> String {
        element.attribute("type") == "html" ? HTMLText.plain(element.text) : element.text
    }

    /// The `rel="alternate"` link (a link without `rel` is one, RFC 4287 §4.2.7.2).
    private static func alternateLink(of element: XMLElement) -> String? {
        element.children.first { $0.is("link", atom) && ($0.attribute("rel") ?? "alternate") == "alternate" }?.attribute("href")
    }

    /// Images an item names: an image `enclosure` (RSS gives it no size), and Media RSS
    /// `media:content` and `media:thumbnail` with their width and height.
    private static func images(of item: XMLElement) -> [ImageSize] {
        item.children.compactMap { child in
            if child.is("enclosure", nil) {
                return child.attribute("type")?.hasPrefix("image/") == true ? ImageSize() : nil
            }
            guard child.is("thumbnail", mediaRSS) || (child.is("content", mediaRSS) && isImageContent(child)) else { return nil }
            return ImageSize(width: child.attribute("width").flatMap { Int($0) }, height: child.attribute("height").flatMap { Int($0) })
        }
    }

    /// A `media:content` is an image when its `medium` says so, or, without a `medium`, its `type`.
    private static func isImageContent(_ element: XMLElement) -> Bool {
        if let medium = element.attribute("medium") { return medium == "image" }
        return element.attribute("type")?.hasPrefix("image/") ?? false
    }
}
