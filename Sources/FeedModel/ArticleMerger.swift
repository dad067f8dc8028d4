/// One entry-to-be: the articles sharing a URL, merged.
///
/// The rule: the newest version wins (latest `publishedDateTime`; on a tie, the first file
/// in path order) and gives every field; `published` becomes the earliest date and `updated`
/// the latest; topics are the union, the winner's first, then the others' in path order.
public struct MergedArticle: Sendable, Equatable {
    public var url: String
    /// The file whose fields the entry shows.
    public var winnerPath: String
    /// Every file with this URL, the winner included, in path order.
    public var sourcePaths: [String]
    /// Their `ArticleSummary.sourceIndex`, in the same order.
    public var sourceIndices: [Int]
    public var publishedAt: Timestamp
    public var updatedAt: Timestamp
    public var topics: [String]
    public var providerName: String?
    public var providerDomain: String?

    /// The winner's full article with the merged dates and topics.
    public func applied(to winner: Article) -> Article {
        var article = winner
        article.publishedAt = publishedAt
        article.updatedAt = updatedAt
        article.topics = topics
        return article
    }
}

enum ArticleMerger {
    /// Merged articles in first-seen order of their URLs, each URL once.
    static func merge(_ summaries: [ArticleSummary]) -> [MergedArticle] {
        // Most URLs occur once: index first occurrences, and group only the rest.
        var first: [String: Int] = [:]
        first.reserveCapacity(summaries.count)
        var isFirst = [Bool](repeating: false, count: summaries.count)
        var repeats: [Int: [Int]] = [:]
        // Indices, not elements: iterating the elements copies (and retains) every field.
        for index in summaries.indices {
            let earlier = first[summaries[index].url, default: index]
            if earlier == index {
                first[summaries[index].url] = index
                isFirst[index] = true
            } else {
                repeats[earlier, default: [earlier]].append(index)
            }
        }
        var merged: [MergedArticle] = []
        merged.reserveCapacity(first.count)
        for index in summaries.indices where isFirst[index] {
            if let group = repeats[index] {
                merged.append(merge(group.map { summaries[$0] }))
            } else {
                merged.append(single(summaries[index]))
            }
        }
        return merged
    }

    /// The common case: a URL given by one file.
    private static func single(_ summary: ArticleSummary) -> MergedArticle {
        MergedArticle(url: summary.url, winnerPath: summary.sourcePath, sourcePaths: [summary.sourcePath],
                      sourceIndices: [summary.sourceIndex], publishedAt: summary.publishedAt, updatedAt: summary.publishedAt,
                      topics: summary.topics, providerName: summary.providerName, providerDomain: summary.providerDomain)
    }

    private static func merge(_ group: [ArticleSummary]) -> MergedArticle {
        let versions = group.count == 1 ? group : group.sorted { byPath($0, $1) }
        let winner = versions.count == 1 ? versions[0] : versions.max { a, b in
            a.publishedAt != b.publishedAt ? a.publishedAt < b.publishedAt : byPath(b, a)
        }!
        var merged = MergedArticle(url: winner.url, winnerPath: winner.sourcePath, sourcePaths: versions.map(\.sourcePath), sourceIndices: versions.map(\.sourceIndex),
                                   publishedAt: winner.publishedAt, updatedAt: winner.publishedAt, topics: winner.topics,
                                   providerName: winner.providerName, providerDomain: winner.providerDomain)
        guard versions.count > 1 else { return merged }
        merged.publishedAt = versions.map(\.publishedAt).min()!
        var seen = Set(winner.topics.compactMap(FeedName.init))
        for version in versions where version.sourcePath != winner.sourcePath {
            for topic in version.topics where seen.insert(FeedName(topic)!).inserted {
                merged.topics.append(topic)
            }
        }
        return merged
    }

    private static func byPath(_ a: ArticleSummary, _ b: ArticleSummary) -> Bool {
        a.sourcePath.utf8.lexicographicallyPrecedes(b.sourcePath.utf8)
    }
}
