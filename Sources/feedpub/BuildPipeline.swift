import FeedModel
import FeedXML

/// One build, step by step: list → read (or recall from the cache) → plan the feeds →
/// render only the feeds whose inputs changed → publish → remember.
struct BuildPipeline {
    let input: String
    let output: String
    let site: SiteConfiguration
    let cacheDirectory: String?
    let useCache: Bool
    let lockWait: Int
    let dryRun: Bool
    /// `feedpub.yml`'s settings and the progress line (see `BuildOptions`).
    var options = BuildOptions()

    struct Summary {
        var feeds = 0
        var files = 0
        var articles = 0
        var rejected = 0
        var changes = Publisher.Changes()
        /// What the report adds (see `BuildReport`).
        var listed = 0
        var exclusions = InclusionRules.Exclusions()
        var problems: [InputProblems.Problem] = []
        var feedFiles: [(path: String, size: FeedRendering.Size)] = []
        var timings = PhaseTimings()
    }

    func run() throws -> Summary {
        var timings = PhaseTimings()
        // When the output folder exists (every run but the first), the cache is read while the
        // input folder is listed: each is about a tenth of an unchanged run. A cache saved by
        // another run meanwhile is only older, and an older cache costs time, never correctness.
        func cacheStore() -> CacheStore? { useCache ? CacheStore(directory: cacheDirectory, input: input, output: output) : nil }
        let earlyStore = cacheStore()
        let earlyLoad = earlyStore.map { store in BackgroundValue { store.load() } }
        let listing = try InputFolder(root: input).listOrExit()
        let folder = OutputFolder(root: output)
        var lock: OutputLock?
        if !dryRun {
            lock = try prepareAndLock(folder)
        }
        defer { withExtendedLifetime(lock) {} }
        let store = earlyStore ?? cacheStore()
        // Read once either way: a started read that found no cache file is not tried again.
        let previous = (earlyLoad.map { $0.wait() } ?? store?.load()) ?? ArticleCache()
        timings.end("list")
        options.progress?.start(files: listing.files.count)
        defer { options.progress?.finish() }

        let scanStarted = FileVersion.nowNanoseconds
        let (inputs, readCount) = read(listing.files, recalling: previous)
        var summary = Summary()
        summary.listed = listing.files.count
        var problems = InputProblems(listing: listing, inputs: inputs, display: display)
        problems.print()
        summary.rejected = problems.rejectedCount
        let summaries = ArticleCache.summaries(of: inputs)
        summary.articles = summaries.count
        timings.end("read")

        let (included, exclusions) = options.rules.apply(to: summaries)
        summary.exclusions = exclusions
        let catalog = FeedCatalog(summaries: included, site: site, overrides: options.configuration.overrides)
        let printed = problems.problems.count
        problems.addDuplicates(catalog.duplicates, display: display)
        problems.print(from: printed)
        summary.problems = problems.problems
        let plans = catalog.plans.filter { options.configuration.writes($0.kind) }
        let archivePages = catalog.archivePages.filter { options.configuration.writes($0.kind) }

        // Render only what changed: a file is kept when the cache says it was rendered from
        // the same plan and the same input files, and it is still the file written then.
        // Each feed's hashing and file checks are independent of the others': on all cores.
        var fingerprints: [String: UInt64] = [:]
        var kept = Set<String>()
        var stale: [(plan: FeedPlan, format: FeedFormat, path: String)] = []
        let documents = plans + archivePages
        let checked = Parallel.map(documents) { plan in
            var base = fingerprint(of: plan, catalog: catalog, files: listing.files)
            options.addSettings(of: plan, catalog: catalog, to: &base)
            return options.formats.map { format -> (format: FeedFormat, path: String, hash: UInt64, isKept: Bool) in
                let path = FeedRendering.path(of: plan, format)
                var hash = base
                hash.add(format.rawValue)
                let cached = previous.outputs[path]
                let isKept = cached?.fingerprint == hash.value && FileVersion.of(output + "/" + path) == cached?.version
                return (format, path, hash.value, isKept)
            }
        }
        for (plan, files) in zip(documents, checked) {
            for file in files {
                fingerprints[file.path] = file.hash
                if file.isKept {
                    kept.insert(file.path)
                } else {
                    stale.append((plan, file.format, file.path))
                }
            }
        }

        timings.end("plan")
        summary.feeds = plans.count
        summary.files = fingerprints.count
        let publisher = Publisher(folder: folder, dryRun: dryRun)
        var staged: [(path: String, staged: Publisher.Staged)] = []
        var sizes: [String: FeedRendering.Size] = [:]
        // An entry cut from the current page of an archived feed would be on no page at all.
        let byteLimit = site.archivePageSize == nil ? options.byteLimit : nil
        for batch in Self.batches(stale, maximumArticles: Self.articlesPerBatch) {
            let entries = loadEntries(for: batch.map(\.plan), catalog: catalog)
            // One format at a time: an entry that several feeds show is rendered once per format
            // and reused; only one format's shared entries are held at once.
            for format in FeedFormat.allCases {
                let jobs = batch.filter { $0.format == format }
                guard !jobs.isEmpty else { continue }
                let shared = renderSharedEntries(entries, for: jobs.map(\.plan), format: format)
                do {
                    let rendered = try FeedRendering.render(jobs.map { job in
                        FeedRendering.Job(path: job.path, format: format, site: site,
                                          feed: job.plan.feed(entries: []),
                                          entries: job.plan.entryIndices.compactMap { index in
                                              shared[index].map(FeedRendering.Entry.rendered) ?? entries[index].map(FeedRendering.Entry.unrendered)
                                          },
                                          byteLimit: byteLimit)
                    }, into: publisher)
                    staged += rendered.staged
                    sizes.merge(rendered.sizes) { first, _ in first }
                } catch {
                    publisher.abandon(staged.map(\.staged))
                    throw error
                }
            }
        }
        options.progress?.wroteFeeds(Set(stale.map(\.plan.directory)).count)
        // What each file holds after `bytes_per_feed`: the index and the lists count that.
        let entryCounts = options.entryCounts(plans + archivePages, rendered: sizes, previous: previous)
        staged += try stageSiteDocuments(plans, entryCounts: entryCounts, publisher: publisher, abandoningOnFailure: staged.map(\.staged))
        summary.files += 4
        timings.end("render")
        do {
            summary.changes = try publisher.finish(staged, keeping: kept)
        } catch {
            Console.error(error.message)
            throw error.kind == .cannotCreate ? ExitStatus.cannotCreate : ExitStatus.ioError
        }
        if options.collectsReport {
            summary.feedFiles = options.feedFiles(plans + archivePages, entryCounts: entryCounts, rendered: sizes, output: output)
        }
        // A refused path stays unremembered, so that it is looked at again next run.
        for path in summary.changes.refused { fingerprints[path] = nil }
        for path in summary.changes.refused {
            Console.error("\(output)/\(path): exists and was not written by feedpub (not in \(Manifest.fileName)); "
                + "not replaced: move it away to publish this file")
        }
        if dryRun {
            timings.end("publish")
            summary.timings = timings
            return summary
        }
        // An unchanged run has nothing new to remember: writing 100,000 records would cost more
        // than the rest of the run.
        let nothingNew = readCount == 0 && stale.isEmpty && previous.inputs.count == listing.files.count
            && previous.outputs.count == fingerprints.count && summary.changes.removed.isEmpty
        if let store, !nothingNew {
            store.save(remembering(listing.files, inputs: inputs, scanStarted: scanStarted, fingerprints: fingerprints,
                                   entryCounts: entryCounts))
        }
        timings.end("publish")
        summary.timings = timings
        ProcessLifetime.keep(listing, inputs, previous, catalog, included)
        return summary
    }

    /// The OPML lists and the HTML index, staged beside the feeds.
    private func stageSiteDocuments(_ plans: [FeedPlan], entryCounts: [String: Int], publisher: Publisher,
                                    abandoningOnFailure feeds: [Publisher.Staged]) throws -> [(path: String, staged: Publisher.Staged)] {
        var staged: [(path: String, staged: Publisher.Staged)] = []
        let documents: [Publisher.Document]
        do {
            let formats = options.formats
            documents = try SiteDocuments.render(plans, site: site, formats: Set(formats)) { plan in
                // Formats can be cut differently; the page promises no more than the smallest holds.
                formats.compactMap { entryCounts[FeedRendering.path(of: plan, $0)] }.min() ?? plan.entryIndices.count
            }
        } catch {
            publisher.abandon(feeds)
            Console.error("libxml2 could not write the OPML lists or the HTML index")
            throw ExitStatus.software
        }
        for document in documents {
            do {
                staged.append((document.path, try publisher.stage(document.bytes, for: document.path)))
            } catch {
                publisher.abandon(feeds + staged.map(\.staged))
                Console.error(error.message)
                throw error.kind == .cannotCreate ? ExitStatus.cannotCreate : ExitStatus.ioError
            }
        }
        return staged
    }

    private func prepareAndLock(_ folder: OutputFolder) throws -> OutputLock {
        do {
            try folder.prepare()
        } catch {
            Console.error(error.message)
            throw ExitStatus.cannotCreate
        }
        do {
            return try OutputLock(folder: output, waitingUpTo: lockWait)
        } catch let .busy(message) {
            Console.error(message)
            throw ExitStatus.tempFail
        } catch let .unavailable(message) {
            Console.error(message)
            throw ExitStatus.cannotCreate
        }
    }

    /// Every listed file's outcome, in listing order: from the cache when its version is
    /// unchanged and settled, else read and parsed now (on all cores, keeping only the summary).
    private func read(_ files: [InputFolder.File], recalling cache: ArticleCache) -> (inputs: [ArticleCache.Input], readCount: Int) {
        var inputs: [ArticleCache.Input?] = cache.matching(files)
        let toRead = files.indices.filter { inputs[$0] == nil }
        let progress = options.progress
        progress?.read(files.count - toRead.count)
        let outcomes = ArticleLoader(root: input).load(toRead.map { files[$0].path }) { _, result -> ArticleCache.Outcome in
            progress?.read(1)
            return ArticleCache.Outcome(result)
        }
        for (index, outcome) in zip(toRead, outcomes) {
            inputs[index] = ArticleCache.Input(path: files[index].path, version: files[index].version, isSettled: false, outcome: outcome)
        }
        return (inputs.map { $0! }, toRead.count)
    }

    /// What a feed's bytes depend on: the plan, and for each entry its URL and the versions
    /// of every file merged into it.
    private func fingerprint(of plan: FeedPlan, catalog: FeedCatalog, files: [InputFolder.File]) -> FNV1a {
        var hash = FNV1a()
        hash.add(plan.fingerprint)
        for index in plan.entryIndices {
            let article = catalog.articles[index]
            hash.add(article.url)
            hash.add(article.winnerPath)
            for index in article.sourceIndices {
                hash.add(files[index].path)
                let version = files[index].version
                hash.add(version.size)
                hash.add(version.modifiedNanoseconds)
                hash.add(Int64(bitPattern: version.inode))
            }
        }
        return hash
    }

    /// Full articles held at once while rendering: archive pages can show every article, and
    /// holding them all would grow memory with the corpus.
    static let articlesPerBatch = 50_000

    /// The jobs in order, cut where the articles they show would pass `maximumArticles`. Jobs
    /// come newest feeds first and archive pages by age, so a batch's jobs share most articles.
    static func batches(_ jobs: [(plan: FeedPlan, format: FeedFormat, path: String)], maximumArticles: Int)
        -> [[(plan: FeedPlan, format: FeedFormat, path: String)]] {
        var batches: [[(plan: FeedPlan, format: FeedFormat, path: String)]] = []
        var current: [(plan: FeedPlan, format: FeedFormat, path: String)] = []
        var articles = Set<Int>()
        for job in jobs {
            let added = job.plan.entryIndices.filter { !articles.contains($0) }
            if !current.isEmpty && articles.count + added.count > maximumArticles {
                batches.append(current)
                current = []
                articles = []
            }
            current.append(job)
            articles.formUnion(job.plan.entryIndices)
        }
        if !current.isEmpty { batches.append(current) }
        return batches
    }

    /// The entries the given feeds show, by article index: each article read once, in parallel.
    private func loadEntries(for plans: [FeedPlan], catalog: FeedCatalog) -> [Int: FeedEntry] {
        var needed = Set<Int>()
        for plan in plans { needed.formUnion(plan.entryIndices) }
        let indices = needed.sorted()
        let mapping = EntryMapping(site: site)
        let root = input
        let entries = Parallel.map(indices) { index -> FeedEntry? in
            let merged = catalog.articles[index]
            guard case let .success(decoded) = ArticleLoader.read(root + "/" + merged.winnerPath, relativePath: merged.winnerPath),
                  decoded.article.url == merged.url else { return nil }
            return mapping.entry(for: merged.applied(to: decoded.article))
        }
        var byIndex: [Int: FeedEntry] = [:]
        for (index, entry) in zip(indices, entries) {
            if let entry {
                byIndex[index] = entry
            } else {
                Console.warning("\(display(catalog.articles[index].winnerPath)): changed or vanished while feedpub ran; left out of this run's feeds")
            }
        }
        return byIndex
    }

    /// The entries that more than one of the given feeds show, rendered in `format`, by
    /// article index; an entry only one feed shows is rendered with that feed, so memory never
    /// holds most of the entries twice.
    private func renderSharedEntries(_ entries: [Int: FeedEntry], for plans: [FeedPlan], format: FeedFormat) -> [Int: [UInt8]] {
        // libxml2 is used on several threads from here on.
        FeedFormat.prepareForConcurrentRendering()
        var showings: [Int: Int] = [:]
        for plan in plans {
            for index in plan.entryIndices { showings[index, default: 0] += 1 }
        }
        let indices = showings.filter { $0.value > 1 && entries[$0.key] != nil }.keys.sorted()
        // In batches: one writer renders a batch (see `XMLWriter.fragments`).
        let batches = stride(from: 0, to: indices.count, by: 64).map { Array(indices[$0..<min($0 + 64, indices.count)]) }
        let rendered = Parallel.map(batches) { batch in try? format.writer(site: site).renderEntries(batch.map { entries[$0]! }) }
        var byIndex: [Int: [UInt8]] = [:]
        byIndex.reserveCapacity(indices.count)
        for (batch, bytes) in zip(batches, rendered) {
            guard let bytes else { continue }
            for (index, entryBytes) in zip(batch, bytes) { byIndex[index] = entryBytes }
        }
        return byIndex
    }

    private func remembering(_ files: [InputFolder.File], inputs: [ArticleCache.Input], scanStarted: Int64,
                             fingerprints: [String: UInt64], entryCounts: [String: Int]) -> ArticleCache {
        var cache = ArticleCache()
        // A file modified within a second of the scan may change again unseen in the same tick.
        let settledBefore = scanStarted - 1_000_000_000
        cache.inputs = inputs.map { input in
            var input = input
            input.isSettled = input.version.modifiedNanoseconds < settledBefore
            return input
        }
        for (path, fingerprint) in fingerprints {
            if let version = FileVersion.of(output + "/" + path) {
                cache.outputs[path] = ArticleCache.Output(fingerprint: fingerprint, version: version, entries: entryCounts[path] ?? 0)
            }
        }
        return cache
    }

    /// A file's path as the user named its folder (`seeds/a.md`, also for `--input seeds/`).
    private func display(_ relative: String) -> String { DisplayPath.of(relative, in: input) }
}

/// Holds a run's large structures until the process exits. Freeing 100,000 articles'
/// strings one by one took a tenth of an unchanged run; the kernel takes the memory back at
/// exit in one go.
enum ProcessLifetime {
    nonisolated(unsafe) private static var kept: [Any] = []

    static func keep(_ values: Any...) { kept.append(contentsOf: values) }
}
