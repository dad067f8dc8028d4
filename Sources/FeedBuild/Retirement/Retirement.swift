import FeedJSON
import FeedModel

/// This run's retired and moved feeds: the feed history carried forward, the files of retired
/// feeds kept (their last published files, JSON Feed marked `"expired": true`), and the
/// nginx lists. Decided under the lock, from the output folder alone, so a run without the
/// cache decides the same.
struct Retirement {
    /// The record this run leaves.
    let history: FeedHistory
    /// Files of retired feeds that stay published.
    let keptPaths: Set<String>
    /// Retired feeds' JSON Feeds, marked expired.
    let expired: [Publisher.Document]

    init(feeds: [FeedPlan], newest: Int64?, settings: BuildSettings, publisher: Publisher) {
        let previous = (try? FileReader.read(settings.output.appending(FeedHistory.path)))
            .map { FeedHistory(text: String(decoding: $0, as: UTF8.self)) } ?? FeedHistory()
        var live: [String: String] = [:]
        // The feed of all articles lives at the top of the folder: it is never moved nor retired.
        for plan in feeds where !plan.directory.isEmpty && FeedHistory.isFolder(plan.directory) {
            live[FeedHistory.key(of: plan.kind)] = plan.directory
        }
        let keepSeconds = Int64(settings.configuration.retiredFeedsKeepDays) * 86_400
        history = previous.next(live: live, now: newest, keepSeconds: keepSeconds)
        let retiredFolders = Set(history.retired.values.map(\.folder))
        let kept: Set<String> = retiredFolders.isEmpty ? [] : publisher.manifest.paths.filter { Self.isInside(retiredFolders, $0) }
        var expired: [Publisher.Document] = []
        for folder in retiredFolders {
            let json = folder + "/" + FeedFormat.json.fileName
            if kept.contains(json), let bytes = publisher.folder.existing(json).bytes, let marked = JSONFeedExpiry.markingExpired(bytes) {
                expired.append(Publisher.Document(path: json, bytes: marked))
            }
        }
        keptPaths = kept.subtracting(expired.map(\.path))
        self.expired = expired.sorted { $0.path < $1.path }
    }

    /// Whether `path` lies in one of `folders`: each of its parent folders looked up, so that a
    /// manifest of 100,000 paths is read once however many feeds are retired.
    private static func isInside(_ folders: Set<String>, _ path: String) -> Bool {
        var end = path.startIndex
        while let slash = path[end...].firstIndex(of: "/") {
            if folders.contains(String(path[..<slash])) { return true }
            end = path.index(after: slash)
        }
        return false
    }

    /// Stages the expired JSON Feeds beside the rendered files.
    func stage(into publisher: Publisher) throws(BuildFailure) -> [StagedDocument] {
        var staged: [StagedDocument] = []
        for document in expired {
            do {
                staged.append(StagedDocument(path: document.path, staged: try publisher.stage(document.bytes, for: document.path)))
            } catch {
                publisher.abandon(staged)
                throw BuildFailure(error)
            }
        }
        return staged
    }

    /// Writes the history and the nginx lists, each atomically and only when changed; after
    /// the feeds are published, so that a 301 never points to a folder not written yet.
    func record(in folder: OutputFolder, baseURL: String) throws(BuildFailure) {
        let lists = ServerLists(history, baseURL: baseURL)
        folder.removeLeftoverTemporaries(in: ".feedpub", names: ["feeds"])
        folder.removeLeftoverTemporaries(in: ServerLists.folder, names: ["gone.conf", "redirects.conf"])
        do {
            try folder.write(Array(history.text.utf8), to: FeedHistory.path)
            try folder.write(Array(lists.gone.utf8), to: ServerLists.gonePath)
            try folder.write(Array(lists.redirects.utf8), to: ServerLists.redirectsPath)
        } catch {
            throw BuildFailure(error)
        }
    }
}
