/// The one line a watch prints per build (unless `--quiet`): why it ran, what it published,
/// and how long it took from the first change seen to published (hub told included).
enum RebuildLine {
    /// `feedpub: watching seeds and feedpub.yml; 4 feeds, 4 written (20 files changed, 0 removed); 5 articles, 0 files rejected; 0.42 s`.
    static func first(_ summary: BuildSummary, settings: WatchSettings, polling: Bool, seconds: Double) -> String {
        let how = polling ? "polling every \(settings.pollSeconds) s" : "watching"
        return "feedpub: \(how) \(settings.input.typed) and \(settings.configurationFile); " + outcome(summary) + "; " + elapsed(seconds)
    }

    /// `feedpub: 1 file added, 0 changed, 0 removed; 4 feeds, 2 written (8 files changed, 0 removed); 6 articles,
    /// 0 files rejected; 0.31 s from the first change to published`, the changes preceded by what
    /// else caused the rebuild (`feedpub.yml reloaded, `; `queue overflowed, input rescanned: `).
    static func rebuilt(_ changes: InputChanges, causes: [String], summary: BuildSummary, seconds: Double) -> String {
        let cause = causes.isEmpty ? "" : causes.joined(separator: ", ") + ": "
        return "feedpub: \(cause)\(changes.text); " + outcome(summary) + "; " + elapsed(seconds) + " from the first change to published"
    }

    private static func outcome(_ summary: BuildSummary) -> String {
        let changes = summary.changes
        return "\(count(summary.feeds, "feed")), \(changes.feedsWritten) written (\(count(changes.changedCount, "file")) changed, "
            + "\(changes.removed.count) removed); \(count(summary.articles, "article")), \(count(summary.rejected, "file")) rejected"
    }

    private static func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }

    private static func elapsed(_ seconds: Double) -> String {
        let hundredths = Int((seconds * 100).rounded())
        return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100) s"
    }
}
