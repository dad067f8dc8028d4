/// Publishes rendered documents into the output folder, cron-safe.
///
/// Called with the folder's lock held, in two steps. `stage` runs on any thread as each
/// document is rendered (for an archive page, it may wait for an earlier page's writeback:
/// `RarelyReadFiles`): a changed document goes to a temporary file beside its target, so
/// no run ever holds every rendered feed in memory. `finish` then records the paths in the
/// manifest, flushes and renames the staged files into place, and removes files of feeds no
/// longer produced if, and only if, the manifest says feedpub wrote them. A run killed at any
/// point leaves every feed old or new and never forgets a file it wrote.
struct Publisher {
    let folder: OutputFolder
    /// Compare and report only; write nothing.
    let dryRun: Bool
    /// What earlier runs wrote: the only files feedpub may replace or remove.
    let manifest: Manifest
    /// The archive pages staged, out of the page cache once on disk.
    let rarelyRead = RarelyReadFiles()

    /// `known`: the manifest a watch's last rebuild left, used while the file is unchanged.
    init(folder: OutputFolder, dryRun: Bool, known: KnownManifest? = nil) {
        self.folder = folder
        self.dryRun = dryRun
        manifest = KnownManifest.current(in: folder, known: known)
    }

    struct Document {
        var path: String
        var bytes: [UInt8]
    }

    enum Staged {
        case unchanged
        /// A file feedpub did not write is in the way (a user's own `index.html`): left alone.
        case refused
        /// A new version ready to be renamed into place (nil in a dry run).
        case changed(OutputFolder.StagedFile?, isNew: Bool)
    }

    /// Compares `bytes` with the published file and, unless equal (or dry), stages them.
    /// `rarelyRead`: a file readers seldom ask for (an archive page), not kept in the page cache.
    func stage(_ bytes: [UInt8], for path: String, rarelyRead: Bool = false) throws(OutputFolder.Failure) -> Staged {
        let current = folder.existing(path)
        switch current {
        // Never followed nor replaced, even at a path feedpub wrote before: whoever put it there meant it.
        case .other: return .refused
        case let .file(existing) where existing != bytes && !manifest.paths.contains(path): return .refused
        default: break
        }
        guard !dryRun else {
            return current.bytes == bytes ? .unchanged : .changed(nil, isNew: current == .absent)
        }
        guard let file = try folder.stage(bytes, for: path, replacing: current) else {
            if rarelyRead { self.rarelyRead.compared(folder.root.appending(path)) }
            return .unchanged
        }
        if rarelyRead { self.rarelyRead.staged(file.temporaryPath) }
        return .changed(file, isNew: file.isNew)
    }

    /// Drops staged files after a failure.
    func abandon(_ staged: [Staged]) {
        _ = folder.discard(staged.compactMap { if case let .changed(file?, _) = $0 { file } else { nil } },
                           OutputFolder.Failure(kind: .cannotWrite, message: ""))
    }

    /// Drops staged documents after a failure.
    func abandon(_ staged: [StagedDocument]) { abandon(staged.map(\.staged)) }

    /// Makes the staged documents the published ones. `kept` are paths known to be up to date
    /// without rendering them; with `staged`, they are everything this run produces.
    func finish(_ staged: [StagedDocument], keeping kept: Set<String>) throws(OutputFolder.Failure) -> PublishedChanges {
        var changes = PublishedChanges()
        changes.unchanged = kept.count
        var files: [OutputFolder.StagedFile] = []
        for document in staged {
            let path = document.path
            switch document.staged {
            case .unchanged: changes.unchanged += 1
            case .refused: changes.refused.append(path)
            case let .changed(file, isNew):
                if isNew { changes.created.append(path) } else { changes.updated.append(path) }
                if let file { files.append(file) }
            }
        }
        let previous = manifest
        let produced = kept.union(staged.filter { if case .refused = $0.staged { false } else { true } }.map(\.path))
        // Each worked out once: 100,000 paths hashed per pass.
        let added = produced.subtracting(previous.paths), gone = previous.paths.subtracting(produced)
        let stale = gone.sorted().filter { folder.existing($0).bytes != nil }
        guard !dryRun else {
            changes.removed = stale
            return changes
        }
        do {
            // Record new paths before they appear, so a killed run cannot orphan a file.
            if !added.isEmpty {
                try folder.write(Manifest(paths: previous.paths.union(produced)).bytes, to: Manifest.fileName)
            }
            try rarelyRead.dropAll()
        } catch {
            throw folder.discard(files, error)
        }
        try folder.commit(files)
        // Before the stale files go, so that their folders are left empty and go with them.
        var places = previous.leftoverPlaces ?? LeftoverPlaces(produced.union(stale))
        if previous.leftoverPlaces != nil { places.add(added) }
        for directory in places.folders { folder.removeLeftoverTemporaries(in: directory, names: places.names) }
        for path in stale {
            try folder.remove(path)
            changes.removed.append(path)
        }
        changes.manifest = try recordFinally(produced, added: added, unchanged: added.isEmpty && gone.isEmpty, previous: previous)
        changes.manifest?.leftoverPlaces = places
        return changes
    }

    /// Writes the manifest listing `produced` (unless the file already holds exactly that:
    /// `unchanged` from a manifest as written) and returns it as reading the file back would
    /// give it; `added`: the paths the previous manifest did not list.
    private func recordFinally(_ produced: Set<String>, added: Set<String>, unchanged: Bool,
                               previous: Manifest) throws(OutputFolder.Failure) -> Manifest {
        guard !(previous.isAsWritten && unchanged) else { return previous }
        try folder.write(Manifest(paths: produced).bytes, to: Manifest.fileName)
        // Paths the previous manifest held were read back already; only new ones need the check.
        let allListed = added.allSatisfy(Manifest.isListed)
        var written = Manifest(paths: allListed ? produced : produced.filter(Manifest.isListed))
        written.isAsWritten = allListed
        return written
    }
}
