import FeedModel
import FeedXML

/// Pass 2: the shown articles read again, checked against pass 1 by URL, mapped to entries.
extension FeedRenderer {
    /// The entries the given feeds show, by article index: each article read once, in parallel.
    func loadEntries(for plans: [FeedPlan]) -> [Int: FeedEntry] {
        var needed = Set<Int>()
        for plan in plans { needed.formUnion(plan.entryIndices) }
        let indices = needed.sorted()
        let mapping = EntryMapping(site: settings.site)
        let root = settings.input
        let catalog = catalog
        let entries = Parallel.map(indices) { index -> FeedEntry? in
            let merged = catalog.articles[index]
            guard case let .success(decoded) = ArticleLoader.read(root.appending(merged.winnerPath), relativePath: merged.winnerPath),
                  decoded.article.url == merged.url else { return nil }
            return mapping.entry(for: merged.applied(to: decoded.article))
        }
        var byIndex: [Int: FeedEntry] = [:]
        for (index, entry) in zip(indices, entries) {
            if let entry {
                byIndex[index] = entry
            } else {
                Console.warning("\(settings.input.display(catalog.articles[index].winnerPath)): changed or vanished while feedpub ran; left out of this run's feeds")
            }
        }
        return byIndex
    }

    /// The entries that more than one of the given feeds show, rendered in `format`, by
    /// article index; an entry only one feed shows is rendered with that feed, so memory never
    /// holds most of the entries twice.
    func renderSharedEntries(_ entries: [Int: FeedEntry], for plans: [FeedPlan], format: FeedFormat) -> [Int: [UInt8]] {
        // libxml2 is used on several threads from here on.
        FeedFormat.prepareForConcurrentRendering()
        var showings: [Int: Int] = [:]
        for plan in plans {
            for index in plan.entryIndices { showings[index, default: 0] += 1 }
        }
        let indices = showings.filter { $0.value > 1 && entries[$0.key] != nil }.keys.sorted()
        // In batches: one writer renders a batch (see `XMLWriter.fragments`).
        let batches = stride(from: 0, to: indices.count, by: 64).map { Array(indices[$0..<min($0 + 64, indices.count)]) }
        let rendered = Parallel.map(batches) { batch in try? format.writer(site: settings.site).renderEntries(batch.map { entries[$0]! }) }
        var byIndex: [Int: [UInt8]] = [:]
        byIndex.reserveCapacity(indices.count)
        for (batch, bytes) in zip(batches, rendered) {
            guard let bytes else { continue }
            for (index, entryBytes) in zip(batch, bytes) { byIndex[index] = entryBytes }
        }
        return byIndex
    }
}
