import FeedModel

/// RFC 5005 in XML: the `current`, `prev-archive` and `next-archive` links of a document in
/// an archived feed, pointing at the same format's file, and `fh:archive` on archive pages.
/// RSS carries them as `atom:link` (RFC 5005 Appendix B), Atom as `link`.
enum ArchiveLinks {
    static let historyNamespace = "http://purl.org/syndication/history/1.0"

    static func write(_ feed: FeedHeader, format: FeedFormat, linkElement: String, _ xml: XMLWriter) {
        guard let archive = feed.archive else { return }
        for (rel, folder) in [("current", archive.current), ("prev-archive", archive.previous), ("next-archive", archive.next)] {
            guard let folder else { continue }
            let href = feed.url(of: format, in: folder)
            if format == .rss {
                xml.element(linkElement, ["href": href, "rel": rel, "type": format.mediaType])
            } else {
                xml.element(linkElement, ["rel": rel, "type": format.mediaType, "href": href])
            }
        }
        if archive.isPage { xml.element("fh:archive") }
    }

    /// The `xmlns:fh` declaration, on archive pages only (other documents stay as they were).
    static func namespace(_ archive: FeedHeader.Archive?) -> String? {
        archive?.isPage == true ? historyNamespace : nil
    }
}
