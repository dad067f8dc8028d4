enum ArticleMerger {
    /// Merged articles in first-seen order of their URLs, each URL once.
    static func merge(_ summaries: [ArticleSummary]) -> [FeedCatalog.MergedArticle] {
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
        var merged: [FeedCatalog.MergedArticle] = []
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
    private static func single(_ summary: ArticleSummary) -> FeedCatalog.MergedArticle {
        var merged = FeedCatalog.MergedArticle(url: summary.url, winnerPath: summary.sourcePath, sourcePaths: [summary.sourcePath],
                      sourceIndices: [summary.sourceIndex], publishedAt: summary.publishedAt, updatedAt: summary.publishedAt,
                      topics: summary.topics, providerName: summary.providerName, providerDomain: summary.providerDomain,
                      providerLogo: summary.providerLogo)
        merged.takeSelectionFields(of: summary)
        return merged
    }

    private static func merge(_ group: [ArticleSummary]) -> FeedCatalog.MergedArticle {
        let versions = group.count == 1 ? group : group.sorted { byPath($0, $1) }
        let winner = versions.count == 1 ? versions[0] : versions.max { a, b in
            a.publishedAt != b.publishedAt ? a.publishedAt < b.publishedAt : byPath(b, a)
        }!
        var merged = FeedCatalog.MergedArticle(url: winner.url, winnerPath: winner.sourcePath, sourcePaths: versions.map(\.sourcePath), sourceIndices: versions.map(\.sourceIndex),
                                   publishedAt: winner.publishedAt, updatedAt: winner.publishedAt, topics: winner.topics,
                                   providerName: winner.providerName, providerDomain: winner.providerDomain,
                                   providerLogo: winner.providerLogo)
        merged.takeSelectionFields(of: winner)
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

extension FeedCatalog.MergedArticle {
    /// The fields only custom feeds read, from the winner.
    fileprivate mutating func takeSelectionFields(of winner: ArticleSummary) {
        quality = winner.quality
        heat = winner.heat
        language = winner.language
        keywords = winner.keywords
    }
}
