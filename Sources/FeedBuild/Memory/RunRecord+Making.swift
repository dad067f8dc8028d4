extension RunRecord {
    /// The record of a run that published what `summary` says and left `produced` in its
    /// manifest, read from the output folder now that it is written; `fingerprints`: the run's
    /// settings and listing (`RunMemory`). Nil when the next run cannot stand on it: a path refused, a feed
    /// rendered incomplete or a hub not told are looked at again by a full run.
    static func made(_ summary: BuildSummary, fingerprints: (settings: UInt64, listing: UInt64), settings: BuildSettings,
                     site: SiteCatalog, rendered: RenderedFiles, produced: Set<String>, unannounced: [String]) -> RunRecord? {
        guard !settings.dryRun, summary.changes.refused.isEmpty, rendered.incomplete.isEmpty, unannounced.isEmpty else { return nil }
        var record = RunRecord(settings: fingerprints.settings, listing: fingerprints.listing)
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
