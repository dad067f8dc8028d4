import FeedModel

/// Which feeds exist this run: the inclusion rules applied to pass 1's summaries, the feed
/// catalog built from what they keep, and the feeds and archive pages `feedpub.yml` writes.
struct SiteCatalog {
    let catalog: FeedCatalog
    /// The summaries the rules kept.
    let included: [ArticleSummary]
    let exclusions: InclusionRules.Exclusions
    /// The feeds written, newest first.
    let feeds: [FeedPlan]
    /// The archive pages written, by age.
    let archivePages: [FeedPlan]

    /// Applies the rules and catalogs the rest; the duplicate URLs found are added to `read`'s
    /// problems (the caller prints them).
    init(_ read: inout ReadArticles, settings: BuildSettings) {
        (included, exclusions) = settings.rules.apply(to: read.summaries)
        catalog = FeedCatalog(summaries: included, site: settings.site, overrides: settings.configuration.overrides)
        read.problems.addDuplicates(catalog.duplicates, in: settings.input)
        let configuration = settings.configuration
        feeds = catalog.plans.filter { configuration.writes($0.kind) }
        archivePages = catalog.archivePages.filter { configuration.writes($0.kind) }
    }

    /// Every document with feed files: the feeds, then the archive pages.
    var documents: [FeedPlan] { feeds + archivePages }
}
