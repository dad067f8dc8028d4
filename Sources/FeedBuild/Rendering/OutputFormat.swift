import FeedJSON
import FeedModel
import FeedXML

/// The files written for every feed: RSS 2.0 and Atom 1.0 (libxml2) and JSON Feed 1.1.
enum OutputFormat: String, CaseIterable {
    case rss
    case atom
    case json

    var fileName: String {
        switch self {
        case .rss: return FeedFormat.rss.fileName
        case .atom: return FeedFormat.atom.fileName
        case .json: return JSONFeedWriter.fileName
        }
    }

    /// Where this format's file of a feed is served.
    func url(of plan: FeedPlan, site: SiteConfiguration) -> String {
        site.url(plan.directory.isEmpty ? fileName : plan.directory + "/" + fileName)
    }

    /// The document, its entries given already rendered by `renderEntries`, in order.
    func render(_ feed: Feed, renderedEntries: [[UInt8]], site: SiteConfiguration, url: String) throws -> [UInt8] {
        switch self {
        case .rss: return try FeedFormat.rss.render(feed, renderedEntries: renderedEntries)
        case .atom: return try FeedFormat.atom.render(feed, renderedEntries: renderedEntries)
        case .json: return JSONFeedWriter.render(feed, feedURL: url, siteTitle: site.title, renderedItems: renderedEntries)
        }
    }

    /// Each entry as every feed of this format shows it.
    func renderEntries(_ entries: [FeedEntry]) throws -> [[UInt8]] {
        switch self {
        case .rss: return try FeedFormat.rss.renderEntries(entries)
        case .atom: return try FeedFormat.atom.renderEntries(entries)
        case .json: return entries.map(JSONFeedWriter.renderItem)
        }
    }
}
