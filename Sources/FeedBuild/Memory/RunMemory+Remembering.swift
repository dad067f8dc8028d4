extension RunMemory {
    /// Saves what this run learnt, unless it learnt nothing: an unchanged run writing 100,000
    /// records would cost more than the rest of the run. `record` (`RunRecord.made`) is kept
    /// only when every input is settled: a file that may change unseen must be read again (it
    /// is made only then, or to compare: it looks at every output file). A watch `keeping` the
    /// cache saves it when idle.
    func remember(_ read: ReadArticles, scanStarted: Int64, plan: BuildPlan, rendered: RenderedFiles,
                  changes: PublishedChanges, unannounced: [String], problemKeys: [String], output: FolderPath,
                  record makeRecord: () -> RunRecord?, keeping kept: RebuildMemory? = nil) {
        guard let store else { return }
        lazy var record = makeRecord()
        let nothingNew = read.readCount == 0 && plan.stale.isEmpty && previousInputCount == read.fileCount
            && previous.outputs.count == plan.fingerprints.count && changes.removed.isEmpty
            && previous.unannounced == unannounced && previous.problemKeys == problemKeys
            && previous.index.keywords == read.index.keywords
        guard !nothingNew || previous.record != record else {
            // The same records at the same places, moved into this run's index by pass 1.
            var same = previous
            same.index = read.index
            kept?.keep(same, store: store, isNew: false)
            return
        }
        var cache = Self.sharing(read.index, scanStarted: scanStarted, unsettled: rendered.unsettled,
                                 fingerprints: plan.fingerprints, entryCounts: rendered.entryCounts, output: output)
        cache.unannounced = unannounced
        cache.problemKeys = problemKeys
        cache.record = cache.index.records.indices.allSatisfy(cache.isSettled) ? record : nil
        if let kept {
            // Kept with `settled` beside the shared index, which the next rebuild recalls by:
            // applied, every record of 100,000 would be copied.
            kept.keep(cache, store: store, isNew: true)
            kept.recheck(rendered.unsettled.map { read.index.records[$0].path })
            return
        }
        store.removeLeftoverTemporaries()
        store.save(cache)
    }

    /// The cache this run leaves: every input, settled unless changed close to `scanStarted`,
    /// unreadable (a failed read is tried again every run), or among `unsettled` (pass 2 found
    /// it changed); and every output file with the fingerprint it was rendered from.
    static func remembering(_ index: ArticleIndex, scanStarted: Int64, unsettled: Set<Int> = [], fingerprints: [String: UInt64],
                            entryCounts: [String: Int], output: FolderPath) -> ArticleCache {
        sharing(index, scanStarted: scanStarted, unsettled: unsettled, fingerprints: fingerprints, entryCounts: entryCounts,
                output: output).settlednessApplied()
    }

    /// `remembering`'s cache sharing `index` with the run, each input's settledness beside it
    /// (`ArticleCache.settled`): what a run saves, without a copy of every record.
    private static func sharing(_ index: ArticleIndex, scanStarted: Int64, unsettled: Set<Int>, fingerprints: [String: UInt64],
                                entryCounts: [String: Int], output: FolderPath) -> ArticleCache {
        var cache = ArticleCache()
        cache.index = index
        // A file changed within a second of the scan may change again unseen in the same tick.
        let settledBefore = scanStarted - 1_000_000_000
        // Field by field, and `unsettled` (a few files) applied after: a copy of each of 100,000
        // records, or a set lookup for each, cost more than the rest of remembering.
        var settled = index.records.indices.map { position in
            if case .unreadable = index.records[position].outcome { return false }
            return index.records[position].version.lastChangeNanoseconds < settledBefore
        }
        for position in unsettled { settled[position] = false }
        cache.settled = settled
        cache.outputs.reserveCapacity(fingerprints.count)
        for (path, fingerprint) in fingerprints {
            if let version = FileVersion.of(output.appending(path)) {
                cache.outputs[path] = ArticleCache.Output(fingerprint: fingerprint, version: version, entries: entryCounts[path] ?? 0)
            }
        }
        return cache
    }
}
