public import FeedModel

extension FeedHeader {
    /// The feed's HTML page inside the output folder: `index.html` beside its files, so that
    /// the feed's folder opens it. The feed of everything lives at the root, where the site
    /// index already is, so its page is `all/index.html`.
    public var pagePath: String { (directory.isEmpty ? "all" : directory) + "/index.html" }

    /// Where the feed's page is served.
    public var pageURL: String { baseURL + pagePath }
}
