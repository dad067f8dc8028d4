/// The formats a feed is written in: the one place their file names and media types are spelled.
/// The order of the cases is the order formats are written, listed and linked in.
public enum FeedFormat: String, CaseIterable, Sendable {
    /// RSS 2.0 (https://www.rssboard.org/rss-specification).
    case rss
    /// Atom 1.0 (RFC 4287).
    case atom
    /// JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/).
    case json

    /// The file name inside the feed's folder.
    public var fileName: String {
        switch self {
        case .rss: return "rss.xml"
        case .atom: return "atom.xml"
        case .json: return "feed.json"
        }
    }

    /// The media type the format's spec asks the file to be served and linked with.
    public var mediaType: String {
        switch self {
        case .rss: return "application/rss+xml"
        case .atom: return "application/atom+xml"
        case .json: return "application/feed+json"
        }
    }
}
