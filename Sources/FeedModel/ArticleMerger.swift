enum ArticleMerger {
    /// Merged articles in first-seen order of their URLs, each URL once.
    static func merge(_ summaries: [ArticleSummary]) -> [FeedCatalog.MergedArticle] {
        let groups = URLGroups(summaries)
        return groups.firsts.indices.map { merged(groups, $0, summaries) }
    }

    /// Merged articles newest `updated` first, ties broken by URL, and the URLs several files
    /// gave, in first-seen order. The order is found on the groups and each article built once
    /// in its place: building them first and rearranging moved every article's fields twice.
    static func mergeNewestFirst(_ summaries: [ArticleSummary]) -> (articles: [FeedCatalog.MergedArticle], duplicates: [FeedCatalog.DuplicateURL]) {
        let groups = URLGroups(summaries)
        // The few groups of several files, merged first: their winner gives the sort key.
        let repeated = groups.repeats.mapValues { members in merged(members.map { summaries[$0] }) }
        // Per group, from arrays: a dictionary lookup per comparison cost more than the sort.
        let (dates, isRepeated) = sortKeys(groups, repeated, summaries)
        func url(_ group: Int) -> String { isRepeated[group] ? repeated[group]!.url : summaries[groups.firsts[group]].url }
        let order = newestFirst(dates, url: url)
        let articles = order.map { group in
            isRepeated[group] ? repeated[group]! : FeedCatalog.MergedArticle(single: summaries[groups.firsts[group]])
        }
        let duplicates = repeated.keys.sorted().map { group in
            let article = repeated[group]!
            return FeedCatalog.DuplicateURL(url: article.url, winnerPath: article.winnerPath,
                                            mergedPaths: article.sourcePaths.filter { $0 != article.winnerPath })
        }
        return (articles, duplicates)
    }

    /// The groups newest first, ties broken by `url`'s bytes: sorted by date alone, then each
    /// run of one date by URL. The URLs of two groups differ, so the order is the same as one
    /// sort by both; comparing dates carried beside the groups costs less than looking them up.
    private static func newestFirst(_ dates: [Timestamp], url: (Int) -> String) -> [Int] {
        var order = dates.indices.map { (date: dates[$0].secondsSinceEpoch, group: $0) }.sorted { $0.date > $1.date }.map(\.group)
        var start = 0
        while start < order.count {
            var end = start + 1
            while end < order.count && dates[order[end]] == dates[order[start]] { end += 1 }
            if end - start > 1 { order[start..<end].sort { url($0).utf8.lexicographicallyPrecedes(url($1).utf8) } }
            start = end
        }
        return order
    }

    /// Per group, its `updated` and whether it holds several files.
    private static func sortKeys(_ groups: URLGroups, _ repeated: [Int: FeedCatalog.MergedArticle],
                                 _ summaries: [ArticleSummary]) -> (dates: [Timestamp], isRepeated: [Bool]) {
        var dates = groups.firsts.map { summaries[$0].publishedAt }
        var isRepeated = [Bool](repeating: false, count: dates.count)
        for (group, article) in repeated { (dates[group], isRepeated[group]) = (article.updatedAt, true) }
        return (dates, isRepeated)
    }

    private static func merged(_ groups: URLGroups, _ group: Int, _ summaries: [ArticleSummary]) -> FeedCatalog.MergedArticle {
        if let members = groups.repeats[group] { return merged(members.map { summaries[$0] }) }
        return FeedCatalog.MergedArticle(single: summaries[groups.firsts[group]])
    }

    /// The article of `group`, the summaries of one URL in any order. One summary (the common
    /// case) is the article itself: it holds the summary instead of copying its fields.
    static func merged(_ group: [ArticleSummary]) -> FeedCatalog.MergedArticle {
        guard group.count > 1 else { return FeedCatalog.MergedArticle(single: group[0]) }
        let versions = group.sorted { byPath($0, $1) }
        let winner = versions.max { a, b in a.publishedAt != b.publishedAt ? a.publishedAt < b.publishedAt : byPath(b, a) }!
        var merged = FeedCatalog.MergedArticle(url: winner.url, winnerPath: winner.sourcePath, sourcePaths: versions.map(\.sourcePath), sourceIndices: versions.map(\.sourceIndex),
                                   publishedAt: winner.publishedAt, updatedAt: winner.publishedAt, topics: winner.topics,
                                   providerName: winner.providerName, providerDomain: winner.providerDomain,
                                   providerLogo: winner.providerLogo)
        merged.takeSelectionFields(of: winner)
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
