import FeedModel

extension PublishedChanges {
    /// How many feeds had a file written (created or updated): feed files grouped by their
    /// folder, archive pages not counted.
    var feedsWritten: Int {
        let feedFiles = Set(FeedFormat.allCases.map(\.fileName))
        var feeds = Set<Substring>()
        for path in created + updated where !FeedPlan.ArchivePages.isPageFile(path) {
            let slash = path.lastIndex(of: "/")
            let name = slash.map { path[path.index(after: $0)...] } ?? path[...]
            if feedFiles.contains(String(name)) { feeds.insert(slash.map { path[..<$0] } ?? "") }
        }
        return feeds.count
    }
}
