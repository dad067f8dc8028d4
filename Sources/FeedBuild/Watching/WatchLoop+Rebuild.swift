extension WatchLoop {
    /// After a wake-up: stop when the input folder is gone, fall back to polling when a new
    /// folder could not be watched, poll when it is time, and rebuild when a batch is due.
    func step() throws(BuildFailure) {
        let (rootLost, limitReached) = state.withFollowing { ($0.rootLost, $0.limitReached) }
        if rootLost {
            throw BuildFailure(.noInput, "\(settings.input.typed): the input folder was deleted or moved; no longer watching")
        }
        if limitReached && reader != nil { fallBackToPolling(Self.limitReason) }
        let now = WatchState.now
        if let due = nextPoll, due <= now {
            nextPoll = now + UInt64(settings.pollSeconds) * 1_000_000_000
            try pollOnce(at: now)
        }
        if let batch = state.takeBatch(ifDueBy: now, settings.debounce) { try rebuild(batch) }
        kept.saveIfQuiet(build)
        lookAtEveryFileIfDue()
    }

    /// Without inotify: every folder listed again and the configuration file's version compared.
    private func pollOnce(at now: UInt64) throws(BuildFailure) {
        let changes = kept.relook(ChangeBatch(), root: settings.input, polling: true)
        let version = FileVersion.of(settings.configurationFile)
        let reloaded = version != configurationVersion && reloadConfiguration()
        guard !changes.isEmpty || reloaded else { return }
        try publish(changes, causes: reloaded ? ["\(settings.configurationFile) reloaded"] : [], firstSeen: now)
    }

    /// A due batch: the changes it names looked at (every folder, after an overflow), the
    /// configuration reloaded if it changed, then one build when anything did change.
    func rebuild(_ batch: ChangeBatch) throws(BuildFailure) {
        if batch.needsRescan { state.withFollowing { $0.rewatch() } }
        var changes = kept.relook(batch, root: settings.input, polling: reader == nil)
        var causes: [String] = []
        if batch.overflowed { causes.append("event queue overflowed, input rescanned") }
        if batch.configurationChanged && reloadConfiguration() { causes.append("\(settings.configurationFile) reloaded") }
        if let carried = batch.carried { changes = changes + carried }
        guard !changes.isEmpty || !causes.isEmpty || batch.overflowed || batch.carried != nil, let firstSeen = batch.firstSeen else { return }
        try publish(changes, causes: causes, firstSeen: firstSeen)
    }

    /// The configuration file read again; a broken one is reported and the previous kept.
    private func reloadConfiguration() -> Bool {
        configurationVersion = FileVersion.of(settings.configurationFile)
        do {
            var reloaded = try load()
            reloaded.progress = nil
            build = reloaded
            return true
        } catch {
            Console.error(error.message + " (the previous configuration is kept)")
            return false
        }
    }

    /// One incremental build and its line. A locked output folder (a cron run) is tried again a
    /// second later; a build that cannot write is reported and the next change tries again; a
    /// missing input folder ends the watch.
    private func publish(_ changes: InputChanges, causes: [String], firstSeen: UInt64) throws(BuildFailure) {
        do {
            let summary = try BuildEngine(build).run(keeping: kept)
            if !settings.quiet {
                Console.standardOutput(RebuildLine.rebuilt(changes, causes: causes, summary: summary, seconds: Self.seconds(since: firstSeen)))
            }
            built(summary)
            afterBuild()
        } catch {
            switch error.status {
            case .noInput:
                throw error
            case .tempFail:
                Console.error(error.message + "; trying again in 1 s")
                var retry = ChangeBatch()
                retry.carried = changes
                retry.saw(at: firstSeen)
                state.putBack(retry, retryingAt: WatchState.now + 1_000_000_000)
            default:
                Console.error(error.message)
            }
        }
    }
}
