public import FeedModel

/// Atom 1.0 (RFC 4287). Every entry carries its own author, as §4.1.2 requires when the feed
/// has none.
public struct AtomWriter: FeedWriter {
    public init() {}

    /// The document, with the `<entry>` elements given already written (by `renderEntries(_:)`).
    public func render(_ feed: FeedHeader, renderedEntries entries: [[UInt8]]) throws -> [UInt8] {
        let xml = XMLWriter()
        var entriesOffset = 0
        xml.element("feed", ["xmlns": Namespace.atom, "xmlns:fh": ArchiveLinks.namespace(feed.archive), "xml:lang": feed.language]) {
            xml.element("id", text: feed.id)
            xml.element("title", ["type": "text"], text: feed.title)
            xml.element("subtitle", ["type": "text"], text: feed.subtitle)
            xml.element("updated", text: feed.updated.rfc3339)
            xml.element("link", ["rel": "self", "type": FeedFormat.atom.mediaType, "href": feed.url(of: .atom)])
            xml.element("link", ["rel": "alternate", "type": "text/html", "href": feed.homeURL])
            if let hub = feed.hubURL { xml.element("link", ["rel": "hub", "href": hub]) }
            ArchiveLinks.write(feed, format: .atom, linkElement: "link", xml)
            xml.element("generator", ["version": feed.generator.version], text: feed.generator.name)
            entriesOffset = xml.mark()
        }
        return try xml.finish(inserting: entries, at: entriesOffset)
    }

    /// The entries' `<entry>` elements, each the same bytes in every feed that shows it.
    public func renderEntries(_ entries: [FeedEntry]) throws -> [[UInt8]] {
        try XMLWriter.fragments(inside: ["feed"], count: entries.count) { entry(entries[$0], $1) }
    }

    private func entry(_ entry: FeedEntry, _ xml: XMLWriter) {
        xml.element("entry") {
            xml.element("id", text: entry.id)
            xml.element("title", ["type": "text"], text: entry.title)
            xml.element("link", ["rel": "alternate", "href": entry.link])
            xml.element("published", text: entry.published.rfc3339)
            xml.element("updated", text: entry.updated.rfc3339)
            xml.element("author") {
                xml.element("name", text: entry.author.name)
                if let uri = entry.author.uri { xml.element("uri", text: uri) }
            }
            for category in entry.categories {
                xml.element("category", ["term": category.term, "scheme": category.scheme, "label": category.term])
            }
            // Plain text escaped into HTML, so a `<b>` in an excerpt reads as text, not markup.
            if let summary = entry.summary { xml.element("summary", ["type": "html"], text: XMLText.html(fromPlain: summary)) }
            if let content = entry.contentHTML { xml.element("content", ["type": "html"], text: content) }
            for image in entry.images {
                xml.element("link", ["rel": "enclosure", "type": image.mimeType, "href": image.url])
            }
            for related in entry.related {
                xml.element("link", ["rel": "related", "href": related.url, "title": related.title])
            }
        }
    }
}
