/// What earlier runs left for this output folder: the cache store and what it held.
///
/// When the output folder exists (every run but the first), the cache is read while the
/// input folder is listed: each is about a tenth of an unchanged run. A cache saved by
/// another run meanwhile is only older, and an older cache costs time, never correctness.
struct RunMemory {
    /// Where the cache is read and written; nil without a cache.
    let store: CacheStore?
    /// What the cache held (empty when there was none).
    let previous: ArticleCache

    /// The cache being read in the background, started before the output folder is prepared.
    struct Recall {
        fileprivate let store: CacheStore?
        fileprivate let loading: BackgroundValue<ArticleCache?>?
        /// A watch's rebuild: the last build's cache, kept in memory.
        fileprivate var kept: ArticleCache? = nil

        /// Waits for the read and drops it: for a run that fails before it needs the cache.
        func abandon() { _ = loading?.wait() }
    }

    /// Starts reading the cache, when it can be found already, unless it is `kept` in memory.
    static func startRecalling(_ settings: BuildSettings, kept: ArticleCache? = nil) -> Recall {
        let store = cacheStore(settings)
        if let kept, store != nil { return Recall(store: store, loading: nil, kept: kept) }
        return Recall(store: store, loading: store.map { store in BackgroundValue { store.load() } })
    }

    /// Waits for the recall; a first run looks for the store again now its output folder exists.
    init(_ recall: Recall, settings: BuildSettings) {
        store = recall.store ?? Self.cacheStore(settings)
        // Read once either way: a started read that found no cache file is not tried again.
        previous = recall.kept ?? (recall.loading.map { $0.wait() } ?? store?.load()) ?? ArticleCache()
    }

    private static func cacheStore(_ settings: BuildSettings) -> CacheStore? {
        settings.useCache ? CacheStore(directory: settings.cacheDirectory, input: settings.input.typed, output: settings.output.typed) : nil
    }
}
