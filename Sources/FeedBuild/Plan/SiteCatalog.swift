import FeedModel

/// Which feeds exist this run: the inclusion rules applied to pass 1's summaries, the feed
/// catalog built from what they keep, and the feeds and archive pages `feedpub.yml` writes.
struct SiteCatalog {
    private(set) var catalog: FeedCatalog
    let exclusions: InclusionRules.Exclusions
    /// The articles kept whose title or summary the cleaning rules change.
    let cleaning: CleaningRules.Tally
    /// The feeds written, newest first.
    let feeds: [FeedPlan]
    /// The archive pages written, by age.
    let archivePages: [FeedPlan]

    /// Applies the rules and catalogs the rest; the duplicate URLs found are added to `read`'s
    /// problems (the caller prints them). A watch passes the `memory` of its last catalog and
    /// the `previous` index it stands for: updated when it can be, else built afresh, and left
    /// in `memory` for the caller to keep once the run is remembered.
    init(_ read: inout ReadArticles, settings: BuildSettings, memory: inout CatalogMemory?,
         previous: ArticleIndex? = nil, settingsFingerprint: UInt64 = 0) {
        let judge = settings.rules.judge(newest: read.newestPublished)
        // Taken out while it changes, so that no other copy shares (and copies) what it holds.
        var kept = memory
        memory = nil
        if let previous {
            if kept?.update(to: read, from: previous, judge: judge, settings: settings, settingsFingerprint: settingsFingerprint) != true {
                kept = Self.memory(of: read, settings: settings, judge: judge, settingsFingerprint: settingsFingerprint)
            }
        } else {
            kept = nil
        }
        if let kept {
            (exclusions, cleaning) = (kept.exclusions, kept.cleaning)
            catalog = FeedCatalog(kept.articles, site: settings.site, configuration: settings.configuration)
        } else {
            let included: [ArticleSummary]
            (included, exclusions) = settings.rules.apply(to: read.summaries)
            cleaning = settings.site.cleaning.tally(included)
            catalog = FeedCatalog(summaries: included, site: settings.site, configuration: settings.configuration)
        }
        memory = kept
        read.problems.addDuplicates(catalog.duplicates, in: settings.input)
        let configuration = settings.configuration
        feeds = catalog.plans.filter { configuration.writes($0.kind) }
        archivePages = catalog.archivePages.filter { configuration.writes($0.kind) }
    }

    /// Applies the rules and catalogs the rest, as a build without a watch does.
    init(_ read: inout ReadArticles, settings: BuildSettings) {
        var none: CatalogMemory? = nil
        self.init(&read, settings: settings, memory: &none)
    }

    /// A memory of `read`'s catalog built afresh, for the next rebuild to update.
    private static func memory(of read: ReadArticles, settings: BuildSettings, judge: InclusionRules.Judge,
                               settingsFingerprint: UInt64) -> CatalogMemory {
        let (included, exclusions) = settings.rules.apply(to: read.summaries)
        let articles = CatalogArticles(summaries: CatalogArticles.prepared(included, configuration: settings.configuration), updatable: true)
        return CatalogMemory(articles: articles, exclusions: exclusions, cleaning: settings.site.cleaning.tally(included),
                             settingsFingerprint: settingsFingerprint, oldest: judge.oldest, recordCount: read.index.records.count)
    }

    /// This catalog without its articles (`FeedCatalog.withoutArticles`).
    var withoutArticles: SiteCatalog {
        var site = self
        site.catalog = catalog.withoutArticles
        return site
    }

    /// Every document with feed files: the feeds, then the archive pages.
    var documents: [FeedPlan] { feeds + archivePages }
}
