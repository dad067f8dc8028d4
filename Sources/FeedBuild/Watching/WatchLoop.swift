#if canImport(Glibc)
import Glibc
#endif

/// The watch as it runs on the main thread: follow, build once, then wait for changes (or a
/// signal) and rebuild, one build at a time.
final class WatchLoop {
    let settings: WatchSettings
    let load: () throws(BuildFailure) -> BuildSettings
    let built: (BuildSummary) -> Void
    /// The settings of the next build: replaced when the configuration file is reloaded.
    var build: BuildSettings
    let wake: WakePipe
    let signals: StopSignals
    let state: WatchState
    /// The listing and the cache kept from one build to the next.
    let kept: RebuildMemory
    /// Every kept file looked at again after builds (at most every 5 s, less often for large
    /// listings: `ListingRestat`), for what no event names.
    let restat: ListingRestat
    /// Whether a build ran since the last look began: the next look is handed the listing when due.
    var restatOwed = false
    var reader: EventReader?
    /// When polling: when to look next (monotonic nanoseconds).
    var nextPoll: UInt64?
    /// The configuration file's version at the last load, which polling compares.
    var configurationVersion: FileVersion?

    init(_ settings: WatchSettings, load: @escaping () throws(BuildFailure) -> BuildSettings,
         built: @escaping (BuildSummary) -> Void) throws(BuildFailure) {
        wake = try WakePipe()
        // Before any other thread is started, so that every thread blocks SIGINT and SIGTERM.
        signals = StopSignals(waking: wake)
        self.settings = settings
        self.load = load
        self.built = built
        configurationVersion = FileVersion.of(settings.configurationFile)
        build = try load()
        build.progress = nil
        let tree = WatchedTree(root: settings.input, output: settings.output)
        let state = WatchState(Following(tree: tree, configurationName: settings.configurationPlace.name), waking: wake)
        self.state = state
        kept = RebuildMemory { [debounce = settings.debounce] in state.due(debounce) != nil }
        restat = ListingRestat(root: settings.input, found: { [state] paths in state.named(paths) }, ended: { [wake] in wake.wake() })
    }

    func run() throws(BuildFailure) {
        try InputFolder(root: settings.input).checkRoot()
        startFollowing()
        let started = WatchState.now
        let summary = try BuildEngine(build).run(keeping: kept)
        if !settings.quiet {
            Console.standardOutput(RebuildLine.first(summary, settings: settings, polling: nextPoll != nil, seconds: Self.seconds(since: started)))
        }
        built(summary)
        afterBuild()
        while signals.signal == nil {
            wake.wait(milliseconds: timeout())
            guard signals.signal == nil else { break }
            try step()
        }
        reader?.stop()
        restat.stop()
        kept.saveBeforeExit(build)
    }

    /// Watches every folder and the configuration file's folder, and starts the event reader;
    /// falls back to polling when the kernel will not watch them all.
    private func startFollowing() {
        let limit = getenv("FEEDPUB_WATCH_LIMIT").flatMap { Int(String(cString: $0)) }
        guard let queue = InotifyQueue(limit: limit) else {
            return fallBackToPolling("cannot use inotify: \(systemError()) (the kernel's limit fs.inotify.max_user_instances?)")
        }
        let descriptor = queue.descriptor
        let configurationFolder = settings.configurationPlace.folder
        let refused = state.withFollowing { following -> Bool in
            following.queue = queue
            following.configurationWatch = try? queue.watch(configurationFolder)
            do {
                try following.tree.add("", queue: queue)
                return false
            } catch {
                return true
            }
        }
        guard !refused else { return fallBackToPolling(Self.limitReason) }
        do {
            reader = try EventReader(state, descriptor: descriptor)
        } catch {
            fallBackToPolling(error.message)
        }
    }

    static let limitReason = "cannot watch every folder: the kernel's limit of inotify watches is reached (fs.inotify.max_user_watches)"

    /// Stops watching and looks every `pollSeconds` instead; says so once.
    func fallBackToPolling(_ reason: String) {
        reader?.stop()
        reader = nil
        state.withFollowing { following in
            following.queue = nil
            following.configurationWatch = nil
            following.limitReached = false
        }
        Console.warning("\(settings.input.typed): \(reason); looking for changes every \(settings.pollSeconds) s instead")
        nextPoll = WatchState.now + UInt64(settings.pollSeconds) * 1_000_000_000
    }

    /// Milliseconds until the next batch is due, the next poll, the cache's save or the next
    /// look at every file, -1 when nothing is waiting.
    private func timeout() -> Int32 {
        var deadline = state.due(settings.debounce)
        // The save waits while a batch does (its rebuild keeps the cache anew), never spinning on it.
        let save = deadline == nil ? kept.saveDue : nil
        let look = restatOwed ? restat.due : nil
        for next in [nextPoll, save, look].compactMap({ $0 }) { deadline = min(deadline ?? next, next) }
        guard let deadline else { return -1 }
        let now = WatchState.now
        return deadline <= now ? 0 : Int32(min((deadline - now + 999_999) / 1_000_000, 3_600_000))
    }

    /// After a build: the files it found changed unannounced looked at again by a rebuild soon,
    /// and, when watching, every other kept file looked at again in the background when due.
    func afterBuild() {
        kept.freeLeftBehind()
        recheckSoon()
        restatOwed = reader != nil
        lookAtEveryFileIfDue()
    }

    /// Hands the kept listing to the background look when one is owed and due.
    func lookAtEveryFileIfDue() {
        guard restatOwed, let due = restat.due, due <= WatchState.now, reader != nil, let listing = kept.listing else { return }
        restatOwed = false
        restat.look(at: listing)
    }

    /// A batch for the files the last build found changed unannounced, so that a rebuild soon
    /// looks at them again.
    private func recheckSoon() {
        let paths = kept.takeRecheck()
        guard !paths.isEmpty else { return }
        var batch = ChangeBatch()
        batch.touched = paths
        state.putBack(batch, retryingAt: WatchState.now)
    }

    static func seconds(since start: UInt64) -> Double { Double(WatchState.now - start) / 1e9 }
}
