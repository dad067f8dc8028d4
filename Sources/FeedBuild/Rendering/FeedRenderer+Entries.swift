import FeedModel
import FeedXML

/// Pass 2 for a batch of jobs, and the entries shared by several feeds rendered once.
extension FeedRenderer {
    /// The entries `jobs` show, by article index, from the entry source. An article whose file
    /// changed or vanished since pass 1 is left out with a warning; the jobs that show it are
    /// noted in `rendered` as incomplete (not remembered, so rendered again next run) and its
    /// file as unsettled (read again next run).
    func loadEntries(for jobs: [RenderJob], noting rendered: inout RenderedFiles) -> [Int: FeedEntry] {
        var kept = EntriesKept()
        return loadEntries(for: jobs, keeping: &kept, noting: &rendered)
    }

    /// The same, taking the entries an earlier batch kept from `kept` and reading only the
    /// others; an article found missing is remembered there, so that it is warned of once.
    func loadEntries(for jobs: [RenderJob], keeping kept: inout EntriesKept, noting rendered: inout RenderedFiles) -> [Int: FeedEntry] {
        let source = EntrySource(input: settings.input, catalog: catalog, index: index, mapping: EntryMapping(site: settings.site))
        let toRead = EntrySource.shown(by: jobs.map(\.plan)).filter { kept.entries[$0] == nil && !kept.missing.contains($0) }
        var loaded = recallOrLoad(toRead, from: source)
        for article in loaded.missing {
            Console.warning("\(settings.input.display(catalog.articles[article].winnerPath)): changed or vanished while feedpub ran; left out of this run's feeds")
            rendered.unsettled.insert(source.winnerSource(of: article))
        }
        kept.missing.formUnion(loaded.missing)
        loaded.entries.merge(kept.entries) { read, _ in read }
        for job in jobs where job.plan.entryIndices.contains(where: kept.missing.contains) { rendered.incomplete.insert(job.path) }
        return loaded.entries
    }

    /// What rendering carries from one batch to the next: entries a later batch shows too,
    /// and the articles found missing.
    struct EntriesKept {
        var entries: [Int: FeedEntry] = [:]
        var missing = Set<Int>()
    }

    /// The entries of `articles`: those a watch's memory kept recalled, the others read from
    /// `source` and kept for the rebuilds after.
    private func recallOrLoad(_ articles: [Int], from source: EntrySource) -> EntrySource.Loaded {
        guard let memory else { return source.entries(of: articles) }
        var recalled: [Int: FeedEntry] = [:]
        var toRead: [Int] = []
        for article in articles {
            if let key = memoryKey(article), let entry = memory.recall(key) { recalled[article] = entry } else { toRead.append(article) }
        }
        var loaded = source.entries(of: toRead)
        for (article, entry) in loaded.entries {
            if let key = memoryKey(article) { memory.remember(entry, as: key) }
        }
        loaded.entries.merge(recalled) { read, _ in read }
        return loaded
    }

    /// How a watch's memory knows `article`'s entry; nil for an article no document shows.
    private func memoryKey(_ article: Int) -> EntryMemory.Key? {
        guard let bytes = entryKeys?[article], !bytes.isEmpty else { return nil }
        return EntryMemory.Key(bytes: bytes)
    }

    /// The entries `plans` show rendered in `format`, by article index, for jobs that take them
    /// whole: in a watch, every entry, recalled from its memory when an earlier rebuild rendered
    /// it, else rendered now and kept; otherwise only those several feeds share
    /// (`renderSharedEntries`).
    func renderEntries(_ entries: [Int: FeedEntry], for plans: [FeedPlan], format: FeedFormat) -> [Int: [UInt8]] {
        guard let memory else { return renderSharedEntries(entries, for: plans, format: format) }
        var byIndex: [Int: [UInt8]] = [:]
        var toRender: [Int] = []
        for article in EntrySource.shown(by: plans) where entries[article] != nil {
            if let key = memoryKey(article), let bytes = memory.rendered(key, format) { byIndex[article] = bytes } else { toRender.append(article) }
        }
        for (article, bytes) in render(toRender, of: entries, format: format) {
            if let key = memoryKey(article) { memory.remember(rendered: bytes, of: key, format) }
            byIndex[article] = bytes
        }
        return byIndex
    }

    /// The entries that more than one of the given feeds show, rendered in `format`, by
    /// article index; an entry only one feed shows is rendered with that feed, so memory never
    /// holds most of the entries twice.
    func renderSharedEntries(_ entries: [Int: FeedEntry], for plans: [FeedPlan], format: FeedFormat) -> [Int: [UInt8]] {
        var showings: [Int: Int] = [:]
        for plan in plans {
            for index in plan.entryIndices { showings[index, default: 0] += 1 }
        }
        return render(showings.filter { $0.value > 1 && entries[$0.key] != nil }.keys.sorted(), of: entries, format: format)
    }

    /// The entries at `indices` (each in `entries`) rendered in `format`, on all cores.
    private func render(_ indices: [Int], of entries: [Int: FeedEntry], format: FeedFormat) -> [Int: [UInt8]] {
        // libxml2 is used on several threads from here on.
        FeedFormat.prepareForConcurrentRendering()
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
