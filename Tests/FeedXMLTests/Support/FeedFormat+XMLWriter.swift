import FeedModel
@testable import FeedXML

/// The formats FeedXML writes, each rendering a whole feed with its writer.
extension FeedFormat {
    static let xmlCases: [FeedFormat] = [.rss, .atom]

    /// The feed as a complete XML document in this format (RSS or Atom).
    func render(_ feed: Feed) throws -> [UInt8] {
        switch self {
        case .rss: return try RSSWriter().render(feed)
        case .atom: return try AtomWriter().render(feed)
        case .json: preconditionFailure("FeedXML writes no JSON Feed")
        }
    }
}

extension FeedListing {
    /// The RSS file's URL, when it is published.
    var rssURL: String? { url(of: .rss) }
}
