internal import CMalloc

/// `feedpub watch`: one incremental build, then a rebuild each time the input folder or the
/// configuration file changes, publishing (and announcing to the hub) only what changed, until
/// SIGINT or SIGTERM.
///
/// Changes are followed with inotify, recursively; when the kernel's limits leave folders
/// unwatched, the input is looked at every `pollSeconds` instead. A rebuild is `BuildEngine`'s
/// incremental build, holding the output folder's lock only while it runs, so a cron `build`
/// on the same folder waits for it (or exits 75) and never interleaves with it.
public struct FeedWatcher {
    let settings: WatchSettings
    let load: () throws(BuildFailure) -> BuildSettings
    let built: (BuildSummary) -> Void

    /// A watch with `settings`; `load` reads the configuration file and makes a build's settings
    /// (called again each time the file changes; a failure keeps the previous ones), and `built`
    /// is called after each build that published (e.g. to write `--report`).
    public init(_ settings: WatchSettings, loading load: @escaping () throws(BuildFailure) -> BuildSettings,
                afterEachBuild built: @escaping (BuildSummary) -> Void = { _ in }) {
        self.settings = settings
        self.load = load
        self.built = built
    }

    /// Builds, then follows and rebuilds; returns once SIGINT or SIGTERM came and the rebuild in
    /// progress, if any, has been published. Throws what stops it otherwise: a broken
    /// configuration at the start (64), a first build that fails (its status), the input folder
    /// missing or gone (66).
    public func run() throws(BuildFailure) {
        Self.tuneMallocForRebuilds()
        try WatchLoop(settings, load: load, built: built).run()
    }

    /// Has malloc serve blocks up to 32 MB from its heap and keep up to 1 GiB of freed memory
    /// mapped, for the rebuilds' latency. Blocks over 32 MB (at a million articles the records
    /// array, 88 MB, and the listing's files, 48 MB) are mappings of their own, unmapped when
    /// freed: the old records array a rebuild moved out of is gone once the catalog is updated
    /// (`RunMemory.forgetInputs`), before the feeds render. Served from the heap under the
    /// earlier 1 GiB bound, it stayed resident until the trim after the rebuild, reusable only
    /// by the main thread's own allocations (the renderers' threads allocate in arenas of their
    /// own). Both together, one run each on one host: peak 1,147 → 1,088 MB, p50 0.67 → 0.72 s
    /// (0.66 s in a third run with these settings), p99 1.62 → 1.29 s.
    ///
    /// After each rebuild, once its leftovers are freed, the free pages go back to the kernel
    /// (`ProcessLifetime.release`). Kept, they did not fit what later rebuilds asked for, and
    /// resident memory grew by half over 200 rebuilds.
    static func tuneMallocForRebuilds() {
        _ = mallopt(M_MMAP_THRESHOLD, 32 << 20)
        _ = mallopt(M_TRIM_THRESHOLD, 1 << 30)
    }
}
