/// What `feedpub watch` keeps between its rebuilds, so that a rebuild costs what changed
/// rather than an unchanged run of the whole folder: the input listing, brought up to date
/// from the paths inotify named instead of listed again, and the cache the last build left,
/// instead of decoding the cache file.
///
/// The cache file is written once the input has been quiet for `quietBeforeSave` after a build
/// (never between a change and its rebuild: writing 100,000 records takes a quarter of a
/// second), at the latest every `saveInterval` while changes keep coming (then on another
/// thread, and put in place by the next build that finds it written), and when the watch
/// stops. A watch killed before that leaves an older cache file: the next run reads and
/// renders again what changed since, as after any older cache (each output file is checked
/// against its version), and publishes the same feeds.
final class RebuildMemory {
    /// The listing as of the last look, which is also what the watch tells changes apart
    /// against; nil before the first build lists the folder, and when it could not be listed.
    var listing: InputListing?
    /// The cache the last build left (what `RunMemory.remember` would write); nil before the
    /// first build and without a cache.
    private(set) var cache: ArticleCache?
    /// The output folder's manifest as the last build left it (`Publisher` reuses it while the
    /// file is unchanged).
    var manifest: KnownManifest?
    /// Where `cache` is saved, and whether the file there is older than it.
    private var store: CacheStore?
    private(set) var isUnsaved = false
    /// The cache file being written on another thread while changes keep coming.
    private var staging: BackgroundValue<OutputFolder.StagedFile?>?
    private var lastSaved = WatchState.now
    /// When the last build kept its cache (or a save found the output folder locked).
    private var lastKept = WatchState.now
    /// Files pass 2 found changed since the listing said: looked at again by a rebuild soon.
    private(set) var toRecheck: Set<String> = []
    /// The entries the last rebuilds read in pass 2, recalled by the next.
    let entries = EntryMemory()
    /// What the last build made of each feed's plan, recalled for the plans that did not change.
    let plans = PlanMemory()
    /// The last build's catalog, which the next updates for the files that changed; taken by a
    /// build while it runs, and given back only with the cache it stands for (`keep`).
    var catalog: CatalogMemory?
    /// How many times a build kept its cache: a build gives its catalog back only when it did.
    private(set) var keeps = 0
    /// What the last build made for itself alone (its catalog, plan, rendered files, and the
    /// records array it moved the kept ones out of), freed by `freeLeftBehind`.
    var leftBehind: [Any] = []
    /// Whether changes are waiting for the next rebuild: then saving waits.
    private let isBusy: () -> Bool

    static let saveInterval: UInt64 = 60_000_000_000
    /// How long the input stays quiet after a build before the cache is written.
    static let quietBeforeSave: UInt64 = 2_000_000_000

    /// How long changes may keep coming before the cache is written anyway (`saveInterval`;
    /// shorter in tests).
    private let interval: UInt64

    init(busy: @escaping () -> Bool = { false }, saveInterval: UInt64 = RebuildMemory.saveInterval) {
        isBusy = busy
        interval = saveInterval
    }

    /// After the feeds are published, under the output folder's lock: keeps what this build
    /// learnt (`isNew`) or recalled; writes it out only when the last save is `saveInterval`
    /// old (changes kept coming), else leaves that to `saveIfQuiet`.
    func keep(_ cache: ArticleCache, store: CacheStore, isNew: Bool) {
        self.cache = cache
        keeps += 1
        self.store = store
        isUnsaved = isUnsaved || isNew
        lastKept = WatchState.now
        commitStaged(waiting: false)
        guard isUnsaved, staging == nil, WatchState.now - lastSaved >= interval else { return }
        startStaging(cache, store: store)
    }

    /// Writes `cache` on another thread: while changes keep coming, the next rebuild is not
    /// kept waiting for a quarter of a second. It is put in place under the lock later.
    private func startStaging(_ cache: ArticleCache, store: CacheStore) {
        let snapshot = UncheckedSendable(cache)
        staging = BackgroundValue { store.stage(snapshot.value) }
        isUnsaved = false
        lastSaved = WatchState.now
    }

    /// Puts the cache written on another thread in place, under the output folder's lock: when
    /// it is written, or after waiting for it (`waiting`).
    private func commitStaged(waiting: Bool) {
        guard let staging, waiting || staging.isReady else { return }
        self.staging = nil
        if let staged = staging.wait(), let store { store.commit(staged) }
    }

    /// Frees what the last build left behind, on another thread, once the build has returned
    /// (its own references gone, so that thread frees it all). Kept until the next build had
    /// published, as a cron run keeps it until it exits, two builds' worth lived side by side
    /// in every rebuild: at a million articles, the records array alone is 88 MB.
    func freeLeftBehind() {
        var leaving: [Any] = []
        swap(&leaving, &leftBehind)
        ProcessLifetime.release(consume leaving)
    }

    /// The cache, taken by the build that recalls from it, which moves records out of it
    /// (`ArticleIndex.recalled`): held here too, it would be copied whole. The build keeps its
    /// own (`keep`); after a build that failed, the next reads the cache file.
    func takeCache() -> ArticleCache? {
        defer { cache = nil }
        return cache
    }

    /// When the cache is due to be written if the input stays quiet; nil when it is saved.
    var saveDue: UInt64? { isUnsaved || staging != nil ? lastKept + Self.quietBeforeSave : nil }

    /// Writes the cache once the input has been quiet for `quietBeforeSave` and no change is
    /// waiting, under the output folder's lock; when a cron run holds it, tries again later.
    func saveIfQuiet(_ settings: BuildSettings) {
        guard let due = saveDue, due <= WatchState.now, !isBusy(), !settings.dryRun else { return }
        guard let lock = try? OutputLock.preparing(OutputFolder(root: settings.output), waitingUpTo: 0) else {
            lastKept = WatchState.now
            return
        }
        withExtendedLifetime(lock) { save() }
    }

    /// Files that pass 2 found changed since the listing said, though no event named them (a
    /// link count or a change through another hard link, which inotify reports to no folder):
    /// the loop has a rebuild look at them again, as if they had been named.
    func recheck(_ paths: [String]) { toRecheck.formUnion(paths) }

    /// The files to look at again, taken.
    func takeRecheck() -> Set<String> {
        defer { toRecheck = [] }
        return toRecheck
    }

    /// The input folder's listing brought up to date for `batch`, and how its article files
    /// changed since the last look: listed afresh and compared whole after a rescan, when a
    /// folder changed, when `polling`, or when no listing is kept (compared with none); else
    /// the paths named looked at again. Every other
    /// file's version is looked at after builds, at most every 5 s and less often for large
    /// listings, by `ListingRestat`, which names the files it finds changed. The next build
    /// reads the listing brought up to date; one that cannot be listed is left to the build,
    /// which says why.
    func relook(_ batch: ChangeBatch, root: FolderPath, polling: Bool) -> InputChanges {
        guard !batch.needsRescan, !batch.foldersChanged, !polling, listing != nil else {
            let before = listing ?? InputListing()
            // Let go of first: a listing the background look holds too is not copied.
            listing = nil
            guard let fresh = try? InputFolder(root: root).list() else { return InputChanges(removed: before.files.count) }
            listing = fresh
            return InputChanges.between(before, fresh)
        }
        return listing!.relook(batch.touched, in: root)
    }

    /// When the watch stops: the cache written if it is newer than the file, under the output
    /// folder's lock (skipped at once when a cron run holds it: that run writes its own).
    func saveBeforeExit(_ settings: BuildSettings) {
        guard isUnsaved || staging != nil, !settings.dryRun,
              let lock = try? OutputLock.preparing(OutputFolder(root: settings.output), waitingUpTo: 0) else { return }
        withExtendedLifetime(lock) { save() }
    }

    /// Called under the output folder's lock.
    private func save() {
        // The temporary file a write on another thread is using must not be removed under it.
        commitStaged(waiting: true)
        guard let cache, let store else {
            // A build that failed took the cache: nothing newer than the file is left to save.
            isUnsaved = false
            return
        }
        guard isUnsaved else { return }
        store.removeLeftoverTemporaries()
        store.save(cache)
        isUnsaved = false
        lastSaved = WatchState.now
    }
}
