import FeedJSON
import FeedModel
import FeedXML

extension FeedFormat {
    /// The writer of this format's documents: the one place a format meets its writer. It
    /// lives here, not in FeedModel, because only the command depends on every writer's module.
    func writer(site: SiteConfiguration) -> any FeedWriter {
        switch self {
        case .rss: return RSSWriter()
        case .atom: return AtomWriter()
        case .json: return JSONFeedWriter(siteTitle: site.title)
        }
    }
}
