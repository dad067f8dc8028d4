/// Merges articles that share a URL into one, so that an id appears once per feed.
///
/// The rule: the newest version wins (latest `publishedDateTime`; on a tie, the first file
/// in path order) and gives every field; `published` becomes the earliest date and `updated`
/// the latest; topics are the union, the winner's first, then the others' in path order.
enum ArticleMerger {
    struct Merge: Sendable {
        var article: Article
        /// The files merged into `article` besides the winner, in path order.
        var mergedPaths: [String]
    }

    /// Articles in first-seen order of their URLs, each URL once.
    static func merge(_ articles: [Article]) -> [Merge] {
        var groups: [String: [Article]] = [:]
        var order: [String] = []
        for article in articles {
            if groups[article.url] == nil { order.append(article.url) }
            groups[article.url, default: []].append(article)
        }
        return order.map { url in
            let versions = groups[url]!.sorted { byPath($0, $1) }
            guard versions.count > 1 else { return Merge(article: versions[0], mergedPaths: []) }
            let winner = versions.max { a, b in
                a.publishedAt != b.publishedAt ? a.publishedAt < b.publishedAt : byPath(b, a)
            }!
            var merged = winner
            merged.publishedAt = versions.map(\.publishedAt).min()!
            merged.updatedAt = versions.map(\.updatedAt).max()!
            var seen = Set(winner.topics.compactMap(FeedName.init))
            for version in versions where version.sourcePath != winner.sourcePath {
                for topic in version.topics where seen.insert(FeedName(topic)!).inserted {
                    merged.topics.append(topic)
                }
            }
            return Merge(article: merged, mergedPaths: versions.map(\.sourcePath).filter { $0 != winner.sourcePath })
        }
    }

    private static func byPath(_ a: Article, _ b: Article) -> Bool {
        a.sourcePath.utf8.lexicographicallyPrecedes(b.sourcePath.utf8)
    }
}
