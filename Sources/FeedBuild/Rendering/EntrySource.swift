import FeedModel

/// Pass 2: the articles some feeds show, read again in full from their files and mapped to
/// entries. Each file must still be the version pass 1 indexed, the one the feeds'
/// fingerprints were computed from: an article whose file changed, vanished or cannot be read
/// since is left out, and reported as missing so that those feeds are not remembered.
struct EntrySource {
    let input: FolderPath
    let catalog: FeedCatalog
    /// Pass 1's index: the version of every file as the plan saw it.
    let index: ArticleIndex
    let mapping: EntryMapping

    /// The entries, by article index, and the articles that could not be given.
    struct Loaded {
        var entries: [Int: FeedEntry] = [:]
        /// Articles (indices into `catalog.articles`) whose file is no longer the version pass 1
        /// saw, in index order.
        var missing: [Int] = []
    }

    /// The articles `plans` show, each once, in index order.
    static func shown(by plans: [FeedPlan]) -> [Int] {
        var needed = Set<Int>()
        for plan in plans { needed.formUnion(plan.entryIndices) }
        return needed.sorted()
    }

    /// The entries `plans` show, each article read once, in parallel.
    func entries(for plans: [FeedPlan]) -> Loaded { entries(of: Self.shown(by: plans)) }

    /// The entries of `indices` (in index order), each read once, in parallel.
    func entries(of indices: [Int]) -> Loaded {
        let sources = providerSources(of: indices)
        let entries = Parallel.map(indices) { entry(of: $0, sources: sources) }
        var loaded = Loaded()
        for (index, entry) in zip(indices, entries) {
            if let entry {
                loaded.entries[index] = entry
            } else {
                loaded.missing.append(index)
            }
        }
        return loaded
    }

    /// The `<source>` of the provider feeds of `articles`, by position in the catalog's plans:
    /// made once per provider, so that its entries share the strings.
    private func providerSources(of articles: [Int]) -> [Int: FeedEntry.Source] {
        var sources: [Int: FeedEntry.Source] = [:]
        for article in articles {
            guard let plan = catalog.providerPlan(of: article), sources[plan] == nil else { continue }
            sources[plan] = EntryMapping.source(of: catalog.plans[plan].header)
        }
        return sources
    }

    /// The entry of `article` (an index into `catalog.articles`), from its winning file; nil
    /// unless that file, after reading it, is still the version pass 1 saw: any change since,
    /// a rename out and back included, changes the version, so the bytes read are those indexed.
    private func entry(of article: Int, sources: [Int: FeedEntry.Source]) -> FeedEntry? {
        let merged = catalog.articles[article]
        let path = input.appending(merged.winnerPath)
        let record = index.records[winnerSource(of: article)]
        guard case let .success(decoded) = ArticleLoader.read(path, relativePath: merged.winnerPath),
              FileVersion.of(path) == record.version else { return nil }
        // The same bytes as pass 1 read: the findings its summary keeps are this article's.
        let findings: CleaningRules.Findings? = if case let .article(summary, _) = record.outcome { summary.cleaning } else { nil }
        return mapping.entry(for: merged.applied(to: decoded.article), source: catalog.providerPlan(of: article).flatMap { sources[$0] },
                             findings: findings)
    }

    /// The position in pass 1's index of the file whose fields `article` shows.
    func winnerSource(of article: Int) -> Int {
        catalog.articles[article].winnerSourceIndex
    }
}
