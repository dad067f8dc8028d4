import FeedModel
import FeedXML

/// Render only what changed: a file is kept when the cache says it was rendered from the
/// same plan and the same input files, and it is still the file written then.
struct BuildPlan {
    /// What each feed file's bytes depend on, by path.
    private(set) var fingerprints: [String: UInt64] = [:]
    /// Files up to date without rendering them.
    private(set) var kept = Set<String>()
    /// Files to render, in document order.
    private(set) var stale: [RenderJob] = []
    /// What each shown article adds to the fingerprints, kept when asked for: a watch recalls
    /// its entries by it (`EntryMemory`).
    private(set) var entryKeys: EntryFingerprints?

    /// One planned file before the decision is collected.
    fileprivate struct Checked {
        /// Nil for the feed's page.
        var format: FeedFormat?
        var path: String
        var hash: UInt64
        var isKept: Bool
    }

    /// Each document's files fingerprinted and checked against `previous`; each feed's hashing
    /// and file checks are independent of the others', so they run on all cores. A watch
    /// passes its `memory` of the plans' texts (kept under its settings' `SettingsFingerprint`).
    init(_ documents: [FeedPlan], catalog: FeedCatalog, files: [InputFolder.File], previous: ArticleCache, settings: BuildSettings,
         keepingEntryKeys: Bool = false, memory: PlanMemory = PlanMemory()) {
        let entries = EntryFingerprints(documents, catalog: catalog, files: files, memory: memory)
        if keepingEntryKeys { entryKeys = entries }
        let settingsText = Self.settingsText(settings)
        let texts = memory.texts(of: documents)
        let checked = Parallel.map(Array(documents.indices)) { position in
            let plan = documents[position]
            var base = Self.fingerprint(of: plan, text: texts[position], entries: entries)
            Self.addSettings(settingsText, settings, of: plan, catalog: catalog, to: &base)
            let formats = settings.formats(of: plan)
            var files = formats.map { format -> Checked in
                var hash = base
                hash.add(format.rawValue)
                return Checked(format: format, path: FeedRendering.path(of: plan, format), hash: hash, previous: previous, settings: settings)
            }
            if plan.archive?.isPage != true {
                // The page also names the site and links every format written.
                var hash = base
                hash.add("page")
                hash.add(settings.site.title)
                for format in formats { hash.add(format.rawValue) }
                files.append(Checked(format: nil, path: plan.header.pagePath, hash: hash, previous: previous, settings: settings))
            }
            return files
        }
        let fileCount = checked.reduce(0) { $0 + $1.count }
        fingerprints.reserveCapacity(fileCount)
        kept.reserveCapacity(fileCount)
        for (plan, files) in zip(documents, checked) {
            for file in files {
                fingerprints[file.path] = file.hash
                if file.isKept {
                    kept.insert(file.path)
                } else {
                    stale.append(RenderJob(plan: plan, format: file.format, path: file.path))
                }
            }
        }
    }

    /// Forgets the fingerprints of `paths`, so that they are looked at again next run.
    mutating func forget(_ paths: [String]) {
        for path in paths { fingerprints[path] = nil }
    }
}

extension BuildPlan.Checked {
    /// A file is kept when the cache remembers it rendered from `hash` and it is still the file written then.
    init(format: FeedFormat?, path: String, hash: FNV1a, previous: ArticleCache, settings: BuildSettings) {
        let cached = previous.outputs[path]
        let isKept = cached?.fingerprint == hash.value && FileVersion.of(settings.output.appending(path)) == cached?.version
        self.init(format: format, path: path, hash: hash.value, isKept: isKept)
    }
}
