import FeedModel

/// An entry's images in Media RSS (https://www.rssboard.org/media-rss), in RSS items and Atom
/// entries alike: the lead first, as `media:content` and `media:thumbnail`, then the others as
/// `media:content`, with width and height when declared.
enum MediaRSS {
    static func write(_ entry: FeedEntry, _ xml: some XMLElementWriter) {
        if let lead = entry.lead { content(lead, xml) }
        if let lead = entry.lead {
            xml.element("media:thumbnail", ["url": lead.url, "width": lead.width.map(String.init), "height": lead.height.map(String.init)])
        }
        for (index, image) in entry.images.enumerated() where index != entry.leadIndex { content(image, xml) }
    }

    private static func content(_ image: FeedEntry.Image, _ xml: some XMLElementWriter) {
        xml.element("media:content", [
            "url": image.url, "type": image.mimeType, "medium": "image",
            "width": image.width.map(String.init), "height": image.height.map(String.init),
        ])
    }
}
