/// What a partner's rules measure in one rendered RSS or Atom document: its size, the channel's
/// fields and each item's, read back from the bytes as the partner's fetcher would.
struct FeedFacts {
    /// One `<item>` or `<entry>`.
    struct Item {
        /// The element serialized on its own: what a per-article size cap counts.
        var byteCount = 0
        var title: String?
        var link: String?
        /// RSS `<guid>`, Atom `<id>`.
        var id: String?
        /// RSS `<pubDate>` (or `dc:date`), Atom `<published>` or `<updated>`.
        var date: String?
        /// The description (RSS `<description>`, Atom `<summary>`, else `<content>`) as plain text, markup removed.
        var description: String?
        /// RSS `<author>` or `dc:creator`, Atom `<author><name>`.
        var author: String?
        /// Images named by `enclosure`, `media:content` and `media:thumbnail`, with their declared sizes.
        var images: [ImageSize] = []
    }

    /// An image's declared width and height in pixels, when the feed says them.
    struct ImageSize {
        var width: Int?
        var height: Int?

        /// The shorter side, when both are declared.
        var smallerSide: Int? {
            guard let width, let height else { return nil }
            return min(width, height)
        }
    }

    var byteCount: Int
    /// The encoding the XML declaration names; nil when it names none (UTF-8 by XML 1.0 §4.3.3).
    var encoding: String?
    var title: String?
    var link: String?
    var description: String?
    /// RSS `<language>`, Atom `xml:lang` on `<feed>`.
    var language: String?
    var items: [Item] = []
}
