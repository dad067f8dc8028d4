/// A run that finds what the last run found: every input at the version it read, the same
/// settings and binary, and the output folder as it left it. A full run would change nothing
/// and report what the last one did, so this one reports that from the last run's record,
/// without reading, cataloguing, planning or rendering anything.
struct UnchangedRun {
    let record: RunRecord
    let settings: BuildSettings

    /// The summary the full run would give, its problems printed as it would print them.
    func finish(listing: InputListing, timings: PhaseTimings) -> BuildSummary {
        var timings = timings
        settings.progress?.start(files: listing.files.count)
        settings.progress?.read(listing.files.count)
        // With --quiet, problems the last run found were printed then: these are all of them.
        if !settings.printsOnlyNewProblems { InputProblems.print(record.problems) }
        timings.end("read")
        var summary = BuildSummary()
        summary.listed = listing.files.count
        summary.rejected = record.rejected
        summary.articles = record.articles
        summary.exclusions = record.exclusions
        summary.cleaning = record.cleaning
        summary.problems = record.problems
        summary.feeds = record.feeds
        summary.files = record.files
        summary.changes.unchanged = record.produced
        timings.end("plan")
        summary.profileFindings = ProfileReview.sorted(record.profiled.flatMap { ProfileReview.findings(of: $0, in: settings.output) })
        for finding in summary.profileFindings { Console.warning(finding.line) }
        if settings.collectsReport {
            summary.feedFiles = record.outputs.compactMap { output in
                output.entries.map { FeedFile(path: output.path, size: FeedRendering.Size(entries: $0, bytes: Int(output.version?.size ?? 0))) }
            }
        }
        timings.end("render")
        timings.end("publish")
        summary.timings = timings
        settings.progress?.finish()
        ProcessLifetime.keep([listing])
        return summary
    }
}
