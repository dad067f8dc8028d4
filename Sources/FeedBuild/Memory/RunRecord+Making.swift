extension RunRecord {
    /// The record of a run that published what `summary` says, read from the output folder now
    /// that it is written; nil when the next run cannot stand on it: a path refused, a feed
    /// rendered incomplete or a hub not told are looked at again by a full run.
    static func made(_ summary: BuildSummary, memory: RunMemory, settings: BuildSettings, site: SiteCatalog,
                     rendered: RenderedFiles, unannounced: [String]) -> RunRecord? {
        guard !settings.dryRun, summary.changes.refused.isEmpty, rendered.incomplete.isEmpty, unannounced.isEmpty else { return nil }
        var record = RunRecord(settings: memory.settingsFingerprint, listing: memory.listingFingerprint)
        let produced = Manifest(readingFrom: OutputFolder(root: settings.output)).paths
        record.outputs = outputs(produced, in: settings.output, entryCounts: rendered.entryCounts)
        record.produced = produced.count
        record.feeds = summary.feeds
        record.files = summary.files
        record.articles = summary.articles
        record.rejected = summary.rejected
        record.exclusions = summary.exclusions
        record.cleaning = summary.cleaning
        record.problems = summary.problems
        record.profiled = ProfileReview.files(site.documents, formats: settings.formats(of:))
        return record
    }
}
