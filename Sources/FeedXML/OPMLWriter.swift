public import FeedModel

/// OPML 2.0 subscription lists (http://opml.org/spec2.opml), the file feed readers import:
/// one `<outline type="rss">` per feed, its RSS file as `xmlUrl`.
public struct OPMLWriter: Sendable {
    /// How the outlines are arranged in `<body>`.
    public enum Grouping: Sendable {
        /// The feed of everything at the top, then "Topics", "Providers", "Languages" and "Custom
        /// feeds" folders (each left out when it would be empty, as a folder holds nothing to subscribe to).
        case byKind
        /// Every listing at the top level, in the order given.
        case flat
    }

    public init() {}

    /// The whole document, listings in the order given within each folder. `dateModified` is
    /// written as RFC 822 (spec §head) and should be the newest entry's date, never the clock;
    /// like RSS `lastBuildDate`, it is left out when it is the epoch (no entries at all).
    public func render(title: String, listings: [FeedListing], grouping: Grouping, dateModified: Timestamp) throws -> [UInt8] {
        // Written in Swift: libxml2's writer spent ~60 instructions a byte on the outlines. Each
        // outline is ~300 bytes.
        XMLFragmentWriter.document(capacity: 1024 + 320 * listings.count) { xml in
            write(title: title, listings: listings, grouping: grouping, dateModified: dateModified, xml)
        }
    }

    /// The document written through `xml`: `XMLFragmentWriter`, or libxml2's `XMLWriter` it is tested against.
    func write(title: String, listings: [FeedListing], grouping: Grouping, dateModified: Timestamp, _ xml: some XMLElementWriter) {
        xml.element("opml", ["version": "2.0"]) {
            xml.element("head") {
                xml.element("title", text: title)
                if dateModified != .epoch { xml.element("dateModified", text: dateModified.rfc822) }
                xml.element("docs", text: "http://opml.org/spec2.opml")
            }
            xml.element("body") {
                switch grouping {
                case .flat:
                    for listing in listings { subscription(listing, xml) }
                case .byKind:
                    for listing in listings where listing.isAll { subscription(listing, xml) }
                    folder("Topics", listings.filter(\.isTopic), xml)
                    folder("Providers", listings.filter(\.isProvider), xml)
                    folder("Languages", listings.filter(\.isLanguage), xml)
                    folder("Custom feeds", listings.filter(\.isCustom), xml)
                }
            }
        }
    }

    private func folder(_ name: String, _ listings: [FeedListing], _ xml: some XMLElementWriter) {
        guard !listings.isEmpty else { return }
        xml.element("outline", ["text": name, "title": name]) {
            for listing in listings { subscription(listing, xml) }
        }
    }

    /// Spec §"Subscription lists": `text`, `type` and `xmlUrl` are required; `version` is
    /// "RSS" for RSS 0.91, 0.92 and 2.0 alike.
    private func subscription(_ listing: FeedListing, _ xml: some XMLElementWriter) {
        xml.element("outline", [
            "type": "rss",
            "version": listing.formats.contains(.rss) ? "RSS" : nil,
            "text": listing.name,
            // Through `header`: a field read as the listing's own copies the whole header first.
            "title": listing.header.title,
            "description": listing.header.subtitle,
            "xmlUrl": listing.subscriptionURL,
            "htmlUrl": listing.header.homeURL,
        ])
    }
}
