/// A small RSS or Atom document built from settings, to meet a partner's rules or break exactly one.
struct SampleFeed: Sendable {
    struct Item: Sendable {
        var title: String? = "Heatwave grips the plains as temperatures climb"
        var link: String? = "https://news.example.com/a"
        var guid: String? = "https://news.example.com/a"
        var date: String? = "Tue, 31 Mar 2026 11:29:16 GMT"
        var description: String? = String(repeating: "Temperatures rose again across the region. ", count: 8)
        var author: String? = "Asha Rao"
        /// Width and height of a `media:content` image; nil writes none.
        var image: (width: Int?, height: Int?)? = (1200, 800)
        /// Bytes of full content (`content:encoded`, Atom `content`).
        var contentBytes = 0
    }

    var encoding = "UTF-8"
    var title: String? = "Heatwave in India"
    var link: String? = "https://news.example.com/"
    var description: String? = "Heat news from Indian providers"
    var language: String? = "en-IN"
    var items = Array(repeating: Item(), count: 30)

    /// The RSS 2.0 document.
    var rss: [UInt8] {
        var xml = "<?xml version=\"1.0\" encoding=\"\(encoding)\"?>\n<rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
            + " xmlns:media=\"http://search.yahoo.com/mrss/\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel>"
        xml += element("title", title) + element("link", link) + element("description", description) + element("language", language)
        for (index, item) in items.enumerated() {
            xml += "<item>" + element("title", item.title) + element("link", item.link.map { "\($0)\(index)" })
            xml += element("guid", item.guid.map { "\($0)\(index)" }) + element("pubDate", item.date)
            xml += element("description", item.description.map { "&lt;p&gt;\($0)&lt;/p&gt;" }) + element("dc:creator", item.author)
            xml += image(item) + (item.contentBytes > 0 ? element("content:encoded", String(repeating: "x", count: item.contentBytes)) : "")
            xml += "</item>"
        }
        return Array((xml + "</channel></rss>\n").utf8)
    }

    /// The Atom 1.0 document.
    var atom: [UInt8] {
        var xml = "<?xml version=\"1.0\" encoding=\"\(encoding)\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\""
            + " xmlns:media=\"http://search.yahoo.com/mrss/\"\(language.map { " xml:lang=\"\($0)\"" } ?? "")>"
        xml += element("title", title) + (link.map { "<link rel=\"alternate\" href=\"\($0)\"/>" } ?? "") + element("subtitle", description)
        xml += "<id>urn:sample</id><updated>2026-03-31T11:29:16Z</updated>"
        for (index, item) in items.enumerated() {
            xml += "<entry>" + element("title", item.title) + (item.link.map { "<link href=\"\($0)\(index)\"/>" } ?? "")
            xml += element("id", item.guid.map { "\($0)\(index)" }) + element("published", item.date.map { _ in "2026-03-31T11:29:16Z" })
            xml += item.author.map { "<author><name>\($0)</name></author>" } ?? ""
            xml += element("summary", item.description)
            xml += image(item) + (item.contentBytes > 0 ? element("content", String(repeating: "x", count: item.contentBytes)) : "")
            xml += "</entry>"
        }
        return Array((xml + "</feed>\n").utf8)
    }

    private func element(_ name: String, _ text: String?) -> String {
        text.map { "<\(name)>\($0)</\(name)>" } ?? ""
    }

    private func image(_ item: Item) -> String {
        guard let image = item.image else { return "" }
        let width = image.width.map { " width=\"\($0)\"" } ?? ""
        let height = image.height.map { " height=\"\($0)\"" } ?? ""
        return "<media:content url=\"https://img.example.com/a.jpg\" medium=\"image\"\(width)\(height)/>"
    }

    /// This feed with `change` made to it.
    func with(_ change: (inout SampleFeed) -> Void) -> SampleFeed {
        var copy = self
        change(&copy)
        return copy
    }
}
