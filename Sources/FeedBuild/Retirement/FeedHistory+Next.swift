extension FeedHistory {
    /// The record after a run that produces `live` (each feed's key and folder), with `now`
    /// the newest article of the input (nil when there is none: nothing ages) and a grace
    /// period of `keepSeconds`.
    ///
    /// A produced folder always wins: it is never redirected nor gone, and a retired feed whose
    /// folder another feed now uses is dropped (its readers get the new feed).
    func next(live: [String: String], now: Int64?, keepSeconds: Int64) -> FeedHistory {
        let liveFolders = Set(live.values)
        let now = now ?? feeds.values.compactMap(\.retiredAt).max() ?? 0
        var next = FeedHistory()
        var newlyGone: [String] = []
        for (key, folder) in live {
            var formers = Set(feeds[key]?.formerFolders ?? [])
            if let earlier = feeds[key]?.folder { formers.insert(earlier) }
            formers.remove(folder)
            next.feeds[key] = Feed(folder: folder, retiredAt: nil, formerFolders: formers.subtracting(liveFolders).sorted())
        }
        for (key, feed) in feeds where live[key] == nil {
            let formers = feed.formerFolders.filter { !liveFolders.contains($0) }
            let retiredAt = feed.retiredAt ?? now
            if liveFolders.contains(feed.folder) {
                newlyGone += formers
            } else if now - retiredAt >= keepSeconds {
                newlyGone += [feed.folder] + formers
            } else {
                next.feeds[key] = Feed(folder: feed.folder, retiredAt: retiredAt, formerFolders: formers)
            }
        }
        let taken = Set(next.feeds.values.flatMap { [$0.folder] + $0.formerFolders })
        next.gone = Set(gone + newlyGone).subtracting(taken).sorted()
        return next
    }

    /// The feeds retired but still kept, by key.
    var retired: [String: Feed] { feeds.filter { $0.value.retiredAt != nil } }
}
