/// What earlier runs left for this output folder: the cache store and what it held.
///
/// When the output folder exists (every run but the first), the cache is read while the
/// input folder is listed. Its record of the last run is read first, and checked against the
/// settings and the output folder there; only when it cannot stand for this run is the rest
/// decoded. A cache saved by another run meanwhile is only older, and an older cache costs
/// time, never correctness.
struct RunMemory {
    /// Where the cache is read and written; nil without a cache.
    let store: CacheStore?
    /// What the cache held (empty when there was none, or when `unchanged` spares reading it);
    /// its inputs are dropped once pass 1 has recalled them, or in a watch's rebuild once the
    /// catalog is updated from them (`forgetInputs()`).
    private(set) var previous: ArticleCache
    /// How many inputs the cache held, kept when they are forgotten.
    private(set) var previousInputCount = 0
    /// The last run's record, when this run finds the same inputs, settings and output folder:
    /// then there is nothing to do but report what it reported (`UnchangedRun`).
    let unchanged: RunRecord?
    /// This run's settings and input listing, as the record of it (`RunRecord.made`) names them:
    /// worked out once, to check the last run's record and to make this run's. The listing's is
    /// nil for a watch's rebuild, which checks no record: its record, rarely made (every input
    /// must be settled), works it out then.
    let settingsFingerprint: UInt64
    let listingFingerprint: UInt64?

    /// The cache being read in the background, started before the output folder is prepared.
    struct Recall {
        fileprivate let store: CacheStore?
        fileprivate let loading: BackgroundValue<Recalled?>?
        fileprivate let settingsFingerprint: UInt64
        /// A watch's rebuild: the last build's cache, kept in memory.
        fileprivate var kept: ArticleCache? = nil

        /// Waits for the read and drops it: for a run that fails before it needs the cache.
        func abandon() { _ = loading?.wait() }
    }

    /// The cache file, with its record when that still holds for the settings and the output
    /// folder; else with its inputs decoded already.
    fileprivate struct Recalled: @unchecked Sendable {
        var file: CacheFile
        var standing: RunRecord?
        var decoded: ArticleCache?
    }

    /// Starts reading the cache, when it can be found already, unless it is `kept` in memory
    /// (a watch's rebuild, which follows a change: it never stands on the last run's record).
    /// `forRebuilds`: a watch's first build, which never stands on the record either. An
    /// unchanged run leaves no catalog and no decoded cache, so the first rebuild would make
    /// both afresh, on the path from the first new article to its feed (6 s and more at a
    /// million articles, where the next rebuilds take 1.5 s): made now, before any change.
    static func startRecalling(_ settings: BuildSettings, kept: ArticleCache? = nil, forRebuilds: Bool = false) -> Recall {
        let store = cacheStore(settings)
        // A dry run reports what it would write: it never stands on the last run's record.
        let fingerprint = settings.dryRun ? 0 : SettingsFingerprint.of(settings)
        if let kept, store != nil { return Recall(store: store, loading: nil, settingsFingerprint: fingerprint, kept: kept) }
        let output = settings.output.typed, input = settings.input.typed
        let standing = forRebuilds ? 0 : fingerprint
        return Recall(store: store, loading: store.map { store in
            BackgroundValue { recall(store, settings: standing, output: output, decodingAnyway: store.inputsLikelyChanged(input: input)) }
        }, settingsFingerprint: fingerprint)
    }

    /// Waits for the recall; a first run looks for the store again now its output folder exists.
    init(_ recall: consuming Recall, settings: BuildSettings, listing: InputListing) {
        store = recall.store ?? Self.cacheStore(settings)
        settingsFingerprint = recall.settingsFingerprint
        listingFingerprint = settings.dryRun ? 0 : recall.kept != nil ? nil : listing.fingerprint
        // Read once either way: a started read that found no cache file is not tried again.
        if let kept = recall.kept.take() {
            unchanged = nil
            previous = kept
            previousInputCount = kept.index.records.count
            return
        }
        let recalled = recall.loading.map { $0.wait() } ?? store.flatMap { Self.recall($0, settings: 0, output: "") }
        if let record = recalled?.standing, record.listing == listingFingerprint {
            unchanged = record
            previous = ArticleCache()
        } else {
            unchanged = nil
            previous = recalled.flatMap { $0.decoded ?? $0.file.inputs() } ?? ArticleCache()
            previousInputCount = previous.index.records.count
        }
    }

    /// Pass 1 over `listing` by `reading`, recalling from the inputs the cache held: the
    /// records it recalls are moved out of them. Those of files changed or gone stay when
    /// `updatingCatalog` (a watch's catalog update reads them), else they are dropped once the
    /// recall is done: at a million articles they can be hundreds of MB that the run's own
    /// index now stands for.
    mutating func read(_ listing: InputListing, by reading: ArticleReading, updatingCatalog: Bool) -> ReadArticles {
        let settled = previous.settled
        return reading.read(listing, recalling: &previous.index, settled: settled, keepingUnrecalled: updatingCatalog)
    }

    /// Lets go of what pass 1 left of the last run's inputs once the catalog is made, the last
    /// to read them (a watch's update reads the records of files changed or gone): the records
    /// array the others were moved out of (88 MB at a million files) is freed before the feeds
    /// are planned and rendered, not with the rest of the run after it published. Their
    /// settledness stays: a run that learnt nothing keeps it for this run's index, which holds
    /// the same records at the same places (`remember`).
    mutating func forgetInputs() {
        previous.index.records = []
    }

    /// The cache file of `store`: its record if it was made with `settings` (0: none will do)
    /// and the output folder is still as it left it, else its inputs decoded.
    /// `decodingAnyway`: the inputs are decoded even when the record stands, as the listing
    /// will likely not match it (`CacheStore.inputsLikelyChanged`).
    private static func recall(_ store: CacheStore, settings: UInt64, output: String, decodingAnyway: Bool = false) -> Recalled? {
        guard let file = store.open() else { return nil }
        if settings != 0, let record = file.record, record.settings == settings, record.stillHolds(in: FolderPath(output)) {
            return Recalled(file: file, standing: record, decoded: decodingAnyway ? file.inputs() : nil)
        }
        return Recalled(file: file, standing: nil, decoded: file.inputs())
    }

    private static func cacheStore(_ settings: BuildSettings) -> CacheStore? {
        settings.useCache ? CacheStore(directory: settings.cacheDirectory, input: settings.input.typed, output: settings.output.typed) : nil
    }
}
