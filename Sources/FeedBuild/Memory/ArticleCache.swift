/// What earlier runs learnt, so that an unchanged cron run neither re-reads nor re-parses.
///
/// For every input file, keyed by its `FileVersion` (path, size, mtime and ctime in ns,
/// inode): pass 1's record (`ArticleIndex`). For every output file: the fingerprint of what
/// it was rendered from, and the version of the file written. Stored outside the published
/// folder, in one file written atomically; a missing, unreadable or foreign cache is ignored,
/// so deleting it only makes the next run a cold one with the same output. A different
/// feedpub binary discards it, as its output may differ.
struct ArticleCache {
    struct Output: Equatable {
        var fingerprint: UInt64
        var version: FileVersion
        /// Entries in the file as written (fewer than planned when `bytes_per_feed` cut it), for the report.
        var entries = 0
    }

    /// The inputs, in listing order, so a run matches them to its files in one pass.
    var index = ArticleIndex()
    /// Each input's settledness, when it differs from `index`'s own flags: a run saving its
    /// cache shares its own index (a copy weighed hundreds of MB at a million articles) and
    /// says here which inputs are settled (`RunMemory.remembering`); nil: `index` says.
    var settled: [Bool]? = nil
    var outputs: [String: Output] = [:]
    /// Feed files the WebSub hub was not told of (hub down, deadline): announced by the next run.
    var unannounced: [String] = []
    /// The problem lines the last run found (`InputProblems.keys`): `--quiet` prints only others.
    var problemKeys: [String] = []
    /// What the last run left and reported, when a run over the same inputs may reuse it.
    var record: RunRecord?

    init() {}

    /// Whether input `position` is settled.
    func isSettled(_ position: Int) -> Bool { settled?[position] ?? index.records[position].isSettled }

    /// This cache with `settled` written into `index`'s own flags: for a cache kept in memory,
    /// which the next run recalls from.
    func settlednessApplied() -> ArticleCache {
        guard let settled else { return self }
        var cache = self
        for position in cache.index.records.indices { cache.index.records[position].isSettled = settled[position] }
        cache.settled = nil
        return cache
    }
}
