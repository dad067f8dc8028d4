/// One build, as named stages: list → read (or recall from the cache) → catalog → plan the
/// feeds → render only the feeds whose inputs changed → publish → remember.
public struct BuildEngine {
    let settings: BuildSettings

    /// An engine for one run with `settings`.
    public init(_ settings: BuildSettings) { self.settings = settings }

    /// Runs the build. Problems with single files are printed as they are found and the run
    /// goes on; a failure that stops it is thrown, printed by the caller, who then finishes
    /// the progress line.
    public func run() throws(BuildFailure) -> BuildSummary { try run(keeping: nil) }

    /// The run, for a watch's rebuild: `kept`'s listing and cache stand for listing the input
    /// folder and reading the cache file, and are left as this run found and learnt them.
    func run(keeping kept: RebuildMemory?) throws(BuildFailure) -> BuildSummary {
        var timings = PhaseTimings()
        // The kept cache taken, not shared: pass 1 moves the records it recalls out of it.
        let recall = RunMemory.startRecalling(settings, kept: kept?.takeCache(), forRebuilds: kept != nil)
        let folder = OutputFolder(root: settings.output)
        let (lock, listing): (OutputLock?, InputListing)
        do {
            (lock, listing) = try lockAndList(folder, kept: kept)
        } catch {
            // The process ends after a failure: never while the cache is read on another thread.
            recall.abandon()
            throw error
        }
        defer { withExtendedLifetime(lock) {} }
        var memory = RunMemory(consume recall, settings: settings, listing: listing)
        timings.end("list")
        if let record = memory.unchanged { return UnchangedRun(record: record, settings: settings).finish(listing: listing, timings: timings) }
        // Finished on success below; after a failure, by the caller once it has printed it, so
        // that the failure's line is printed with the progress line blanked, as any problem is.
        settings.progress?.start(files: listing.files.count)

        let scanStarted = FileVersion.nowNanoseconds
        // The last run's records of files changed or gone serve a watch's catalog update alone:
        // without a kept catalog to update (a cron run, a watch's first build), pass 1 drops them.
        var read = memory.read(listing, by: ArticleReading(input: settings.input, progress: settings.progress,
                                                           keywords: settings.configuration.keywords),
                               updatingCatalog: kept?.catalog != nil)
        // With --quiet, problems the last run found were printed then: cron mails only news.
        let known = settings.printsOnlyNewProblems ? Set(memory.previous.problemKeys) : []
        read.problems.print(except: known)
        timings.end("read")
        let printed = read.problems.problems.count
        var catalogMemory = kept?.catalog
        kept?.catalog = nil
        let site = SiteCatalog(&read, settings: settings, memory: &catalogMemory, previous: kept.map { _ in memory.previous.index },
                               settingsFingerprint: memory.settingsFingerprint)
        // The catalog was the last to read the last run's records and where each was recalled from.
        memory.forgetInputs()
        read.recalledFrom = nil
        read.problems.print(from: printed, except: known)
        let plans = kept?.plans ?? PlanMemory()
        plans.begin(settings: memory.settingsFingerprint)
        var plan = BuildPlan(site.documents, catalog: site.catalog, files: listing.files, previous: memory.previous, settings: settings,
                             keepingEntryKeys: kept != nil, memory: plans)
        timings.end("plan")

        let publisher = Publisher(folder: folder, dryRun: settings.dryRun, known: kept?.manifest)
        var renderer = FeedRenderer(settings: settings, catalog: site.catalog, index: read.index, publisher: publisher)
        if let kept {
            kept.entries.begin(settings: memory.settingsFingerprint)
            (renderer.memory, renderer.entryKeys) = (kept.entries, plan.entryKeys)
        }
        var rendered = try renderer.render(plan.stale, site: site, previous: memory.previous)
        timings.end("render")
        let newest = read.newestPublished
        let retirement = Retirement(feeds: site.feeds, newest: newest, settings: settings, publisher: publisher)
        rendered.staged += try retirement.stage(into: publisher)
        let changes = try publisher.publish(rendered, keeping: plan.kept.union(retirement.keptPaths))
        kept?.manifest = changes.manifest.flatMap { KnownManifest($0, in: folder) }
        let unannounced = announce(changes, previous: memory.previous, plan: plan, forgetting: changes.refused + rendered.incomplete)
        if !settings.dryRun { try retirement.record(in: folder, baseURL: settings.site.baseURL) }
        var summary = summarize(read, site: site, plan: plan, rendered: rendered, changes: changes)
        for finding in summary.profileFindings { Console.warning(finding.line) }
        // A refused path, or a feed that lost an entry while rendering, stays unremembered, so
        // that it is looked at again next run.
        plan.forget(changes.refused + rendered.incomplete)
        if !settings.dryRun {
            let record = { [summary] in
                let fingerprints = (memory.settingsFingerprint, memory.listingFingerprint ?? listing.fingerprint)
                return RunRecord.made(summary, fingerprints: fingerprints, settings: settings, site: site, rendered: rendered,
                               produced: changes.manifest?.paths ?? [], unannounced: unannounced)
            }
            let keeps = kept?.keeps
            memory.remember(read, scanStarted: scanStarted, plan: plan, rendered: rendered, changes: changes, unannounced: unannounced,
                            problemKeys: read.problems.keys, output: settings.output, record: record, keeping: kept)
            // The catalog stands for this run's index: kept only beside it.
            let keptNow = kept.map { $0.keeps != keeps } ?? false
            if keptNow { kept?.catalog = catalogMemory }
            // With them, what this run alone made: a cron run's kept until it exits, a watch's
            // handed to the watch, which frees it once this returned. The listing, index and
            // articles a watch keeps are left out: the next rebuild moves files, records and
            // articles out of them, which, held here too, it would copy whole.
            let made: [Any] = [keptNow ? read.withoutListingAndIndex : read, memory, keptNow ? site.withoutArticles : site,
                               plan, rendered, publisher, retirement, changes]
            if let kept { kept.leftBehind = made } else { ProcessLifetime.keep(made) }
        }
        // After the feeds are out: the next rebuild waits for it, the published feeds do not.
        kept?.entries.finish()
        timings.end("publish")
        summary.timings = timings
        settings.progress?.finish()
        return summary
    }

    /// The output folder locked (unless a dry run), then the input folder listed: under the
    /// lock, so that a run that waited for another renders what is there now.
    private func lockAndList(_ folder: OutputFolder, kept: RebuildMemory?) throws(BuildFailure) -> (OutputLock?, InputListing) {
        let inputFolder = InputFolder(root: settings.input)
        try inputFolder.checkRoot()
        let lock = try settings.dryRun ? nil : OutputLock.preparing(folder, waitingUpTo: settings.lockWait)
        guard let listing = kept?.listing else {
            let listing = try inputFolder.list()
            kept?.listing = listing
            return (lock, listing)
        }
        return (lock, listing)
    }

    private func summarize(_ read: ReadArticles, site: SiteCatalog, plan: BuildPlan, rendered: RenderedFiles,
                           changes: PublishedChanges) -> BuildSummary {
        var summary = BuildSummary()
        summary.listed = read.fileCount
        summary.rejected = read.problems.rejectedCount
        summary.articles = read.articleCount
        summary.exclusions = site.exclusions
        summary.cleaning = site.cleaning
        summary.problems = read.problems.problems
        summary.feeds = site.feeds.count
        let hasCustomFeeds = site.feeds.contains { if case .custom = $0.kind { true } else { false } }
        summary.files = plan.fingerprints.count + SiteDocuments.count(hasCustomFeeds: hasCustomFeeds)
        summary.profileFindings = ProfileReview.findings(site.documents, formats: settings.formats(of:), rendered: rendered, output: settings.output)
        summary.changes = changes
        if settings.collectsReport {
            summary.feedFiles = FeedFile.all(site.documents, formats: settings.formats(of:), rendered: rendered, output: settings.output)
        }
        return summary
    }
}
