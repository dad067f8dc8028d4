extension BuildEngine {
    /// Tells the hub of the feeds just published, and of those earlier runs could not
    /// announce, as soon as they are in place (before the run's bookkeeping); returns the
    /// paths still not announced. `forgotten` paths (refused, or cut while rendering) are looked
    /// at again next run and not retried now. Under the lock, so that what the hub was not told
    /// of is remembered for the next run.
    func announce(_ changes: PublishedChanges, previous: ArticleCache, plan: BuildPlan, forgetting forgotten: [String]) -> [String] {
        guard !settings.dryRun else { return [] }
        let forgotten = Set(forgotten)
        let pending = previous.unannounced.filter { plan.fingerprints[$0] != nil && !forgotten.contains($0) }
        // With --quiet, a hub still down since the last run (which warned) is not news.
        return WebSubNotifier.announce(changes, retrying: pending, site: settings.site,
                                       warns: !(settings.printsOnlyNewProblems && !pending.isEmpty))
    }
}
