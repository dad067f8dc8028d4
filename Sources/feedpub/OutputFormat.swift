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

    func render(_ feed: Feed, site: SiteConfiguration, url: String) throws -> [UInt8] {
        switch self {
        case .rss: return try FeedFormat.rss.render(feed)
        case .atom: return try FeedFormat.atom.render(feed)
        case .json: return JSONFeedWriter.render(feed, feedURL: url, siteTitle: site.title)
        }
    }
}
