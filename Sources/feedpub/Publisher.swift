/// Publishes rendered documents into the output folder, cron-safe.
///
/// Called with the folder's lock held. Every changed document is staged beside its target,
/// flushed and renamed into place; files of feeds no longer produced are removed if, and only
/// if, the manifest says feedpub wrote them; the manifest is updated so that even a run
/// killed half-way never forgets a file it wrote.
struct Publisher {
    let folder: OutputFolder

    struct Document {
        var path: String
        var bytes: [UInt8]
    }

    /// What a run did (or, dry, would do), path by path.
    struct Changes {
        var created: [String] = []
        var updated: [String] = []
        var unchanged = 0
        var removed: [String] = []

        var changedCount: Int { created.count + updated.count }
    }

    /// What publishing would change, without writing anything. `kept` are paths known to be
    /// up to date without rendering them.
    func plan(_ documents: [Document], keeping kept: Set<String>) -> Changes {
        var changes = Changes()
        changes.unchanged = kept.count
        for document in documents {
            switch folder.existing(document.path) {
            case nil: changes.created.append(document.path)
            case document.bytes?: changes.unchanged += 1
            default: changes.updated.append(document.path)
            }
        }
        let produced = kept.union(documents.map(\.path))
        changes.removed = Manifest(readingFrom: folder).paths.subtracting(produced).sorted()
            .filter { folder.existing($0) != nil }
        return changes
    }

    func publish(_ documents: [Document], keeping kept: Set<String>) throws(OutputFolder.Failure) -> Changes {
        let previous = Manifest(readingFrom: folder)
        let produced = kept.union(documents.map(\.path))
        // Record new paths before writing them, so a killed run cannot orphan a file.
        if !produced.isSubset(of: previous.paths) {
            try folder.write(Manifest(paths: previous.paths.union(produced)).bytes, to: Manifest.fileName)
        }
        var changes = Changes()
        changes.unchanged = kept.count
        var staged: [OutputFolder.StagedFile] = []
        for document in documents {
            do {
                guard let file = try folder.stage(document.bytes, for: document.path) else {
                    changes.unchanged += 1
                    continue
                }
                staged.append(file)
                if file.isNew { changes.created.append(document.path) } else { changes.updated.append(document.path) }
            } catch {
                throw folder.discard(staged, error)
            }
        }
        try folder.commit(staged)
        for path in previous.paths.subtracting(produced).sorted() {
            if folder.existing(path) != nil { changes.removed.append(path) }
            try folder.remove(path)
        }
        try folder.write(Manifest(paths: produced).bytes, to: Manifest.fileName)
        let names = Set(produced.map { String($0.split(separator: "/").last!) } + [Manifest.fileName])
        for directory in Set(produced.map { $0.split(separator: "/").dropLast().joined(separator: "/") }) {
            folder.removeLeftoverTemporaries(in: directory, names: names)
        }
        return changes
    }
}
