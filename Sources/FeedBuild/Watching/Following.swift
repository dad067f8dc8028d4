/// What the watch follows, as the event reader and the rebuilding loop share it (under
/// `WatchState`'s lock): the watched tree, the configuration file's folder, and the batch of
/// changes waiting for a rebuild.
struct Following {
    var tree: WatchedTree
    /// Nil when polling: no watch could be added (the kernel's limits).
    var queue: InotifyQueue?
    var batch = ChangeBatch()
    /// The watch on the configuration file's folder, and the file's name in it.
    var configurationWatch: Int32?
    let configurationName: String
    /// The input folder itself was deleted or moved: nothing left to follow.
    var rootLost = false
    /// A folder could not be watched for the kernel's limit: the loop falls back to polling.
    var limitReached = false

    /// Applies what the kernel reported, as it arrives (`now`: when it was read).
    mutating func apply(_ events: [InotifyEvent], now: UInt64) {
        for event in events { apply(event, now: now) }
    }

    private mutating func apply(_ event: InotifyEvent, now: UInt64) {
        if event.isOverflow {
            batch.needsRescan = true
            batch.overflowed = true
            batch.saw(at: now)
            return
        }
        if let watch = configurationWatch, event.watch == watch {
            if event.name == configurationName {
                batch.configurationChanged = true
                batch.saw(at: now)
            }
            if event.endsWatch { configurationWatch = nil }
        }
        guard let folder = tree.folders[event.watch] else { return }
        if event.endsWatch || event.isFolderGone {
            if folder.isEmpty { rootLost = true }
            if event.endsWatch {
                tree.ended(event.watch)
                queue?.ended(event.watch)
            }
            return
        }
        guard !event.name.isEmpty, !event.name.hasPrefix(".") else { return }
        let path = WatchedTree.path(event.name, in: folder)
        if event.isDirectory {
            folderChanged(path, event, now: now)
        } else if InputFolder.isArticleName(event.name) {
            touch([path], now: now)
        }
    }

    /// A folder arrived (watched and listed now: files may have landed in it before its watch),
    /// left (every file known in it is looked at), or changed its permissions (listed again).
    private mutating func folderChanged(_ path: String, _ event: InotifyEvent, now: UInt64) {
        batch.foldersChanged = true
        if event.isDeparture {
            touch(tree.remove(path, queue: queue), now: now)
            return
        }
        do {
            touch(Set(try tree.add(path, queue: queue).keys), now: now)
        } catch {
            limitReached = true
            batch.needsRescan = true
            batch.saw(at: now)
        }
    }

    private mutating func touch(_ paths: Set<String>, now: UInt64) {
        guard !paths.isEmpty else { return }
        batch.touched.formUnion(paths)
        batch.saw(at: now)
    }

    /// How the article files changed since they were last looked at: every folder listed again
    /// (and watched again, when watching) after an overflow or when polling, else only the
    /// paths the events named. The known versions are brought up to date.
    mutating func look(at taken: ChangeBatch) -> InputChanges {
        guard !taken.needsRescan && queue != nil else { return rescan() }
        var now: [String: FileVersion?] = [:]
        for path in taken.touched { now[path] = FileVersion.of(tree.root.appending(path)) }
        return InputChanges.classify(now, against: &tree.files)
    }

    /// Every folder listed (and watched) again; watches of folders no longer there are removed.
    mutating func rescan() -> InputChanges {
        var fresh = WatchedTree(root: tree.root, output: tree.output)
        do {
            fresh.files = try fresh.add("", queue: queue)
        } catch {
            limitReached = true
            fresh.files = WatchedTree.files(under: tree.root, output: tree.output)
        }
        for watch in tree.folders.keys where fresh.folders[watch] == nil && watch != configurationWatch {
            queue?.unwatch(watch)
        }
        let changes = InputChanges.between(tree.files, fresh.files)
        tree = fresh
        return changes
    }
}
