public import FeedModel

/// RSS 2.0 (https://www.rssboard.org/rss-specification) with the atom, content, dc and media
/// namespaces declared once on the root.
public struct RSSWriter: FeedWriter {
    public init() {}

    /// The document, with the entries' `<item>`s given already written (by `renderEntries(_:)`).
    public func render(_ feed: FeedHeader, renderedEntries items: [[UInt8]]) throws -> [UInt8] {
        let xml = XMLWriter()
        var itemsOffset = 0
        xml.element("rss", [
            "version": "2.0",
            "xmlns:atom": Namespace.atom,
            "xmlns:content": Namespace.content,
            "xmlns:dc": Namespace.dc,
            "xmlns:media": Namespace.media,
            "xmlns:sy": feed.refresh == nil ? nil : Namespace.sy,
            "xmlns:fh": ArchiveLinks.namespace(feed.archive),
        ]) {
            xml.element("channel") {
                xml.element("title", text: feed.title)
                xml.element("link", text: feed.homeURL)
                xml.element("description", text: feed.subtitle)
                if let language = feed.language { xml.element("language", text: language) }
                xml.element("generator", text: "\(feed.generator.name) \(feed.generator.version)")
                xml.element("docs", text: "https://www.rssboard.org/rss-specification")
                if !items.isEmpty { xml.element("lastBuildDate", text: feed.updated.rfc822) }
                if let refresh = feed.refresh { Self.refresh(refresh, xml) }
                if let image = feed.image { Self.image(image, of: feed, xml) }
                xml.element("atom:link", ["href": feed.url(of: .rss), "rel": "self", "type": FeedFormat.rss.mediaType])
                if let hub = feed.hubURL { xml.element("atom:link", ["href": hub, "rel": "hub"]) }
                ArchiveLinks.write(feed, format: .rss, linkElement: "atom:link", xml)
                itemsOffset = xml.mark()
            }
        }
        return try xml.finish(inserting: items, at: itemsOffset)
    }

    /// The poll interval, as RSS 2.0's `<ttl>` and the syndication module's period and frequency.
    private static func refresh(_ refresh: RefreshHint, _ xml: XMLWriter) {
        xml.element("ttl", text: String(refresh.minutes))
        xml.element("sy:updatePeriod", text: refresh.updatePeriod)
        xml.element("sy:updateFrequency", text: String(refresh.updateFrequency))
    }

    /// RSS `<image>`: its title and link are the channel's, as the specification says they
    /// should be; width and height only when declared and within RSS's limits.
    private static func image(_ image: Article.Image, of feed: FeedHeader, _ xml: XMLWriter) {
        xml.element("image") {
            xml.element("url", text: image.url)
            xml.element("title", text: feed.title)
            xml.element("link", text: feed.homeURL)
            if let size = image.rssSize {
                xml.element("width", text: String(size.width))
                xml.element("height", text: String(size.height))
            }
        }
    }

    /// The entries' `<item>`s, each the same bytes in every feed that shows it.
    public func renderEntries(_ entries: [FeedEntry]) throws -> [[UInt8]] {
        XMLFragmentWriter.fragments(depth: Self.entryDepth, count: entries.count) { item(entries[$0], $1) }
    }

    /// Items stand inside `<rss><channel>`.
    static let entryDepth = 2

    func item(_ entry: FeedEntry, _ xml: some XMLElementWriter) {
        xml.element("item") {
            xml.element("title", text: entry.title)
            xml.element("link", text: entry.link)
            xml.element("guid", ["isPermaLink": "true"], text: entry.id)
            xml.element("pubDate", text: entry.published.rfc822)
            xml.element("dc:creator", text: entry.author.name)
            // RSS has no per-item language; Dublin Core's is what feed readers read for one.
            if let language = entry.language { xml.element("dc:language", text: language) }
            for category in entry.categories {
                xml.element("category", ["domain": category.scheme], text: category.term)
            }
            if let summary = entry.summaryHTML { xml.element("description", text: summary) }
            if let content = entry.contentHTML { xml.element("content:encoded", text: content) }
            // Exactly one enclosure: RSS allows one per item, and readers without Media RSS
            // (ROME, XML::Feed, sfeed, newsletter tools) see images only there. Length 0 means
            // unknown (RSS Advisory Board, Best Practices Profile).
            if let lead = entry.lead { xml.element("enclosure", ["url": lead.url, "length": "0", "type": lead.enclosureType]) }
            MediaRSS.write(entry, xml)
            for related in entry.related {
                xml.element("atom:link", ["rel": "related", "href": related.url, "title": related.title])
            }
            if let source = entry.source { xml.element("source", ["url": source.rssURL], text: source.title) }
        }
    }
}

enum Namespace {
    static let atom = "http://www.w3.org/2005/Atom"
    static let content = "http://purl.org/rss/1.0/modules/content/"
    static let dc = "http://purl.org/dc/elements/1.1/"
    static let media = "http://search.yahoo.com/mrss/"
    static let sy = "http://purl.org/rss/1.0/modules/syndication/"
}
