extension CatalogArticles {
    /// A file's summary gone from the articles, as they were made of it (after the inclusion
    /// rules and language overrides): its path, and its URL, where it was merged.
    public struct Removal: Sendable {
        public var summary: ArticleSummary
        public var path: String { summary.sourcePath }
        public var url: String { summary.url }

        public init(_ summary: ArticleSummary) { self.summary = summary }
    }

    /// The articles after the files of `removed` are gone and `added` came (a changed file is
    /// both), equal to `init(summaries:)` of the summaries they leave. Only the URLs they name
    /// are merged again; the rest of the articles keep their place.
    ///
    /// `renumbered`: each kept file's new `sourceIndex` by its old one (-1 for a file gone),
    /// nil when none moved; `added` carry their new ones. False, with the articles left
    /// unusable, when these articles were not made updatable or do not hold what `removed`
    /// names: the caller then builds them afresh.
    public mutating func update(removing removed: [Removal], adding added: [ArticleSummary], renumbered: [Int]?) -> Bool {
        guard var groups = groups.take() else { return false }
        // Each URL's summaries before the change: a group's, or the one file's that gives it.
        var affected: [String: [ArticleSummary]] = [:]
        for removal in removed where affected[removal.url] == nil { affected[removal.url] = groups[removal.url] ?? [removal.summary] }
        for summary in added where affected[summary.url] == nil {
            guard let members = groups[summary.url] ?? oneFileGiving(summary.url) else { return false }
            affected[summary.url] = members
        }
        // The articles these URLs gave, and their files' current positions, from before the change.
        var dropped: [Int] = []
        var changed = affected
        for (url, members) in affected where !members.isEmpty {
            let before = ArticleMerger.merged(members)
            guard let position = position(of: before.updatedAt, url: before.url) else { return false }
            dropped.append(position)
            changed[url] = Self.renumbering(members, as: articles[position], renumbered)
        }
        for removal in removed { changed[removal.url]?.removeAll { $0.sourcePath == removal.path } }
        for summary in added { changed[summary.url, default: []].append(summary) }
        let merged = changed.values.filter { !$0.isEmpty }.map(ArticleMerger.merged)
            .sorted { Self.precedes($0, $1.updatedAt, $1.url) }
        for (url, members) in changed {
            groups[url] = members.count > 1 ? members : nil
            switch (affected[url]!.isEmpty, members.isEmpty) {
            case (true, false): urlHashes[url.hashValue, default: 0] += 1
            case (false, true): forgetHash(of: url)
            default: break
            }
        }
        replace(dropped.sorted(), with: merged, renumbered: renumbered)
        updateDuplicates(affected: affected.keys, merged: merged, renumbered: renumbered)
        self.groups = groups
        return true
    }

    /// The summary of the one file that gives `url`, in a list; none when no article has it;
    /// nil when the article that has it was not made of one file's summary (then the caller
    /// builds the articles afresh). Looked for one article at a time, and only when `url`'s
    /// hash is counted: a new file's URL nearly always is no article's.
    private func oneFileGiving(_ url: String) -> [ArticleSummary]? {
        guard urlHashes[url.hashValue] != nil, let article = articles.first(where: { $0.url == url }) else { return [] }
        return article.singleSummary.map { [$0] }
    }

    private mutating func forgetHash(of url: String) {
        let hash = url.hashValue
        if let count = urlHashes[hash], count > 1 { urlHashes[hash] = count - 1 } else { urlHashes[hash] = nil }
    }

    /// `members` with the positions `article` gives their files now.
    private static func renumbering(_ members: [ArticleSummary], as article: FeedCatalog.MergedArticle, _ renumbered: [Int]?) -> [ArticleSummary] {
        members.map { member in
            var current = member
            if let index = article.sourceIndex(ofPath: member.sourcePath) {
                current.sourceIndex = renumbered.map { $0[index] } ?? index
            }
            return current
        }
    }

    /// The articles with those at `dropped` (ascending) taken out and `merged` (in order) put
    /// in their places, the kept articles' files renumbered: one pass, moving the runs of
    /// articles between the changes out of the old arrays (`Array.appendMoving`): the old ones
    /// are the catalog's alone in a watch, whose last run's catalog lets go of them.
    private mutating func replace(_ dropped: [Int], with merged: [FeedCatalog.MergedArticle], renumbered: [Int]?) {
        for position in dropped { forget(mentions[position]) }
        // Where each new article goes among the old ones, and the old ones left out, as cuts.
        let places = merged.map { place(of: $0.updatedAt, url: $0.url) }
        // Taken out, so that nothing else shares them when the catalog was the only holder.
        var old = self.articles, oldMentions = self.mentions
        (self.articles, self.mentions) = ([], [])
        var articles: [FeedCatalog.MergedArticle] = [], mentions: [Mentions] = []
        let count = old.count - dropped.count + merged.count
        articles.reserveCapacity(count)
        mentions.reserveCapacity(count)
        var start = 0, next = 0, skip = 0
        while start <= old.count {
            // The next cut: a new article's place, or an old article left out.
            let cut = min(next < merged.count ? places[next] : old.count, skip < dropped.count ? dropped[skip] : old.count)
            articles.appendMoving(start..<cut, from: &old, leaving: FeedCatalog.MergedArticle.vacant)
            mentions.appendMoving(start..<cut, from: &oldMentions, leaving: Mentions(topics: [], provider: -1, language: -1))
            if let renumbered { Self.renumber(&articles, from: articles.count - (cut - start), renumbered) }
            start = cut
            if next < merged.count && places[next] == cut {
                articles.append(merged[next])
                mentions.append(mention(merged[next]))
                next += 1
            } else if skip < dropped.count && dropped[skip] == cut {
                skip += 1
                start = cut + 1
            } else {
                break
            }
        }
        self.articles = articles
        self.mentions = mentions
    }

    /// The files of the old articles from `start` on at their new positions (`renumbered`, by old position).
    private static func renumber(_ articles: inout [FeedCatalog.MergedArticle], from start: Int, _ renumbered: [Int]) {
        for index in start..<articles.count { articles[index].renumberSources(renumbered) }
    }

    /// The warnings of URLs several files give, in the order of their first file (as
    /// `ArticleMerger` lists them): those of the `affected` URLs made again from their `merged`
    /// articles, the others' first files renumbered.
    private mutating func updateDuplicates(affected: Dictionary<String, [ArticleSummary]>.Keys, merged: [FeedCatalog.MergedArticle],
                                           renumbered: [Int]?) {
        // Renumbering keeps the files' order: the first file of a URL not affected stays first.
        if let renumbered { repeated = repeated.mapValues { (renumbered[$0.first], $0.duplicate) } }
        for url in affected { repeated[url] = nil }
        for article in merged where article.sourceCount > 1 { repeated[article.url] = Self.repeatedEntry(article) }
        duplicates = repeated.values.sorted { $0.first < $1.first }.map(\.duplicate)
    }
}

extension Optional {
    /// The value, leaving nil in its place: a value taken out of a stored property is no longer
    /// shared with it, so changing it copies nothing.
    fileprivate mutating func take() -> Wrapped? {
        defer { self = nil }
        return self
    }
}
