/// Publishes rendered documents into the output folder, cron-safe.
///
/// Called with the folder's lock held, in two steps. `stage` runs on any thread as each
/// document is rendered: a changed document goes to a temporary file beside its target, so
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

    init(folder: OutputFolder, dryRun: Bool) {
        self.folder = folder
        self.dryRun = dryRun
        manifest = Manifest(readingFrom: folder)
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
    func stage(_ bytes: [UInt8], for path: String) throws(OutputFolder.Failure) -> Staged {
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
        guard let file = try folder.stage(bytes, for: path, replacing: current) else { return .unchanged }
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
        let stale = previous.paths.subtracting(produced).sorted().filter { folder.existing($0).bytes != nil }
        guard !dryRun else {
            changes.removed = stale
            return changes
        }
        do {
            // Record new paths before they appear, so a killed run cannot orphan a file.
            if !produced.isSubset(of: previous.paths) {
                try folder.write(Manifest(paths: previous.paths.union(produced)).bytes, to: Manifest.fileName)
            }
        } catch {
            throw folder.discard(files, error)
        }
        try folder.commit(files)
        // Before the stale files go, so that their folders are left empty and go with them.
        let everyPath = produced.union(stale)
        let names = Set(everyPath.map { String($0.split(separator: "/").last!) } + [Manifest.fileName])
        for directory in Set(everyPath.map { $0.split(separator: "/").dropLast().joined(separator: "/") }) {
            folder.removeLeftoverTemporaries(in: directory, names: names)
        }
        for path in stale {
            try folder.remove(path)
            changes.removed.append(path)
        }
        try folder.write(Manifest(paths: produced).bytes, to: Manifest.fileName)
        return changes
    }
}
