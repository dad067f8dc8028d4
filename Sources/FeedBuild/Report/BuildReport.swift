import FeedModel
import Foundation

/// `feedpub build --report FILE.json`: what a run did, for dashboards and cron logs.
///
/// Shape (version 1; keys sorted): `report_version`, `dry_run`, `input`, `output`,
/// `exit_status`, `totals` {files_listed, articles_read, files_rejected, articles_excluded,
/// warnings, feeds, files, changed, created, updated, unchanged, removed, titles_cleaned,
/// summaries_dropped}, `feeds`
/// [{path, entries, bytes, changed}] (every feed file, by path), `removed` [path],
/// `profile_findings` [{path, profile, rule, message, measured, limit, unit, source}] (the partner
/// rules broken by feeds with a profile, also warnings), `rejected` [{path, reason}], `excluded` {unpublished, below_min_quality, too_old,
/// excluded_provider, topics_removed}, `timings_ms` {list, read, plan, render, publish, total}.
/// Written atomically (a temporary file renamed over it), never inside the output folder.
public struct BuildReport {
    let input: String
    let output: String
    let dryRun: Bool

    /// The report of a run over `input` into `output`.
    public init(input: String, output: String, dryRun: Bool) {
        self.input = input
        self.output = output
        self.dryRun = dryRun
    }

    func json(_ summary: BuildSummary, exitStatus: Int32) -> [String: Any] {
        let changes = summary.changes
        let changed = Set(changes.created + changes.updated)
        let exclusions = summary.exclusions
        var timings: [String: Int] = [:]
        for phase in summary.timings.phases { timings[phase.name] = phase.milliseconds }
        timings["total"] = summary.timings.totalMilliseconds
        return [
            "report_version": 1,
            "dry_run": dryRun,
            "input": input,
            "output": output,
            "exit_status": Int(exitStatus),
            "totals": [
                "files_listed": summary.listed,
                "articles_read": summary.articles,
                "files_rejected": summary.rejected,
                "articles_excluded": exclusions.excludedArticles,
                "warnings": summary.problems.filter { $0.severity == .warning }.count + summary.profileFindings.count,
                "feeds": summary.feeds,
                "files": summary.files,
                "changed": changes.changedCount,
                "created": changes.created.count,
                "updated": changes.updated.count,
                "unchanged": changes.unchanged,
                "removed": changes.removed.count,
                "titles_cleaned": summary.cleaning.titles.count,
                "summaries_dropped": summary.cleaning.summaries.count,
            ],
            "feeds": summary.feedFiles.sorted { $0.path < $1.path }.map { file in
                ["path": file.path, "entries": file.size.entries, "bytes": file.size.bytes, "changed": changed.contains(file.path)] as [String: Any]
            },
            "profile_findings": summary.profileFindings.map(\.json),
            "removed": changes.removed,
            "rejected": summary.problems.filter { $0.severity == .error }.map { ["path": $0.path, "reason": $0.message] },
            "excluded": [
                "unpublished": exclusions.unpublished,
                "below_min_quality": exclusions.belowQuality,
                "too_old": exclusions.tooOld,
                "excluded_provider": exclusions.excludedProvider,
                "topics_removed": exclusions.topicsRemoved,
            ],
            "timings_ms": timings,
        ]
    }

    /// Writes the report to `path` atomically; a failure ends the run with 74 (70 when it cannot be encoded).
    public func write(_ summary: BuildSummary, exitStatus: ExitStatus, to path: String) throws(BuildFailure) {
        let bytes: [UInt8]
        do {
            let data = try JSONSerialization.data(withJSONObject: json(summary, exitStatus: exitStatus.rawValue),
                                                  options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
            bytes = [UInt8](data) + [0x0A]
        } catch {
            throw BuildFailure(.software, "\(path): the report could not be encoded")
        }
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { path[..<$0].isEmpty ? "/" : String(path[..<$0]) } ?? "."
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        do {
            try OutputFolder(root: FolderPath(folder)).write(bytes, to: name)
        } catch {
            throw BuildFailure(.ioError, error.message)
        }
    }
}
