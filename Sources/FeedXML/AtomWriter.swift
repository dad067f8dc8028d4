public import FeedModel

/// Atom 1.0 (RFC 4287). Every entry carries its own author, as §4.1.2 requires when the feed
/// has none.
public struct AtomWriter: FeedWriter {
    public init() {}

    /// The document, with the `<entry>` elements given already written (by `renderEntries(_:)`).
    public func render(_ feed: FeedHeader, renderedEntries entries: [[UInt8]]) throws -> [UInt8] {
        let xml = XMLWriter()
        var entriesOffset = 0
        xml.element("feed", ["xmlns": Namespace.atom, "xmlns:media": Namespace.media, "xmlns:fh": ArchiveLinks.namespace(feed.archive),
                             "xml:lang": feed.language]) {
            xml.element("id", text: feed.id)
            xml.element("title", ["type": "text"], text: feed.title)
            xml.element("subtitle", ["type": "text"], text: feed.subtitle)
            xml.element("updated", text: feed.updated.rfc3339)
            xml.element("link", ["rel": "self", "type": FeedFormat.atom.mediaType, "href": feed.url(of: .atom)])
            xml.element("link", ["rel": "alternate", "type": "text/html", "href": feed.homeURL])
            if let hub = feed.hubURL { xml.element("link", ["rel": "hub", "href": hub]) }
            ArchiveLinks.write(feed, format: .atom, linkElement: "link", xml)
            xml.element("generator", ["version": feed.generator.version], text: feed.generator.name)
            if let icon = feed.icon { xml.element("icon", text: icon) }
            if let logo = feed.logo { xml.element("logo", text: logo.url) }
            entriesOffset = xml.mark()
        }
        return try xml.finish(inserting: entries, at: entriesOffset)
    }

    /// The entries' `<entry>` elements, each the same bytes in every feed that shows it.
    public func renderEntries(_ entries: [FeedEntry]) throws -> [[UInt8]] {
        XMLFragmentWriter.fragments(depth: Self.entryDepth, count: entries.count) { entry(entries[$0], $1) }
    }

    /// Entries stand inside `<feed>`.
    static let entryDepth = 1

    func entry(_ entry: FeedEntry, _ xml: some XMLElementWriter) {
        // The entry's own language (RFC 4287 §2, xml:lang), where it differs from the feed's or not.
        xml.element("entry", ["xml:lang": entry.language]) {
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
            if let summary = entry.summaryHTML { xml.element("summary", ["type": "html"], text: summary) }
            if let content = entry.contentHTML { xml.element("content", ["type": "html"], text: content) }
            // One enclosure, the lead: sfeed reads only the first, and an attachment list of
            // every image would read as downloads. RFC 4287 makes `length` optional; none is invented.
            if let lead = entry.lead { xml.element("link", ["rel": "enclosure", "type": lead.enclosureType, "href": lead.url]) }
            for related in entry.related {
                xml.element("link", ["rel": "related", "href": related.url, "title": related.title])
            }
            if let source = entry.source { self.source(source, updated: entry.updated, xml) }
            MediaRSS.write(entry, xml)
        }
    }

    /// RFC 4287 §4.2.11: the provider feed the entry also appears in, as of this entry (its
    /// `updated` is the entry's: the provider feed was updated then, and it stays put).
    private func source(_ source: FeedEntry.Source, updated: Timestamp, _ xml: some XMLElementWriter) {
        xml.element("source") {
            xml.element("id", text: source.id)
            xml.element("title", ["type": "text"], text: source.title)
            xml.element("updated", text: updated.rfc3339)
            xml.element("link", ["rel": "self", "type": FeedFormat.atom.mediaType, "href": source.atomURL])
        }
    }
}
