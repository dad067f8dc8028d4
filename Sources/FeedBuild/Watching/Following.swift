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
            touch(path, now: now)
        }
    }

    /// A folder arrived (watched now, with every folder below it), left (its watches removed),
    /// or changed its permissions: the rebuild lists the input folder afresh, since files may
    /// have landed in a new folder before its watch.
    private mutating func folderChanged(_ path: String, _ event: InotifyEvent, now: UInt64) {
        batch.foldersChanged = true
        batch.saw(at: now)
        if event.isDeparture {
            tree.remove(path, queue: queue)
            return
        }
        guard let queue else { return }
        do {
            try tree.add(path, queue: queue)
        } catch {
            limitReached = true
            batch.needsRescan = true
        }
    }

    private mutating func touch(_ path: String, now: UInt64) {
        batch.touched.insert(path)
        batch.saw(at: now)
    }

    /// Every folder watched again after the kernel's queue overflowed (events were lost, folders
    /// among them); the watches of folders no longer there are removed. The files are looked at
    /// by the rebuild, which lists the input folder afresh.
    mutating func rewatch() {
        guard let queue else { return }
        var fresh = WatchedTree(root: tree.root, output: tree.output)
        do {
            try fresh.add("", queue: queue)
        } catch {
            limitReached = true
        }
        for watch in tree.folders.keys where fresh.folders[watch] == nil && watch != configurationWatch {
            queue.unwatch(watch)
        }
        tree = fresh
    }
}
