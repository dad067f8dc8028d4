extension RunMemory {
    /// Saves what this run learnt, unless it learnt nothing: an unchanged run writing 100,000
    /// records would cost more than the rest of the run.
    func remember(_ read: ReadArticles, scanStarted: Int64, plan: BuildPlan, rendered: RenderedFiles,
                  changes: PublishedChanges, unannounced: [String], output: FolderPath) {
        guard let store else { return }
        store.removeLeftoverTemporaries()
        let nothingNew = read.readCount == 0 && plan.stale.isEmpty && previous.inputs.count == read.fileCount
            && previous.outputs.count == plan.fingerprints.count && changes.removed.isEmpty
            && previous.unannounced == unannounced
        guard !nothingNew else { return }
        var cache = Self.remembering(read.inputs, scanStarted: scanStarted, fingerprints: plan.fingerprints,
                                     entryCounts: rendered.entryCounts, output: output)
        cache.unannounced = unannounced
        store.save(cache)
    }

    /// The cache this run leaves: every input, settled unless modified close to `scanStarted`,
    /// and every output file with the fingerprint it was rendered from.
    static func remembering(_ inputs: [ArticleCache.Input], scanStarted: Int64, fingerprints: [String: UInt64],
                            entryCounts: [String: Int], output: FolderPath) -> ArticleCache {
        var cache = ArticleCache()
        // A file modified within a second of the scan may change again unseen in the same tick.
        let settledBefore = scanStarted - 1_000_000_000
        cache.inputs = inputs.map { input in
            var input = input
            input.isSettled = input.version.modifiedNanoseconds < settledBefore
            return input
        }
        for (path, fingerprint) in fingerprints {
            if let version = FileVersion.of(output.appending(path)) {
                cache.outputs[path] = ArticleCache.Output(fingerprint: fingerprint, version: version, entries: entryCounts[path] ?? 0)
            }
        }
        return cache
    }
}
