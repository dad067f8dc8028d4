import FeedModel

/// What a watch keeps of its last catalog, so that a rebuild merges again only the URLs of the
/// files that changed instead of 100,000 summaries: the merged articles (`CatalogArticles`,
/// kept updatable), what the inclusion rules left out, and the articles the cleaning rules touch.
///
/// It stands for the article index the last rebuild left (`recordCount` records, read with the
/// settings of `settingsFingerprint`, judged against the same `max_age_days` threshold). With
/// anything else, the catalog is built afresh from every summary, as a cron run builds it.
struct CatalogMemory {
    var articles: CatalogArticles
    var exclusions: InclusionRules.Exclusions
    var cleaning: CleaningRules.Tally
    let settingsFingerprint: UInt64
    private(set) var oldest: Int64?
    private(set) var recordCount: Int

    /// From a catalog built afresh of `read`'s summaries.
    init(articles: CatalogArticles, exclusions: InclusionRules.Exclusions, cleaning: CleaningRules.Tally,
         settingsFingerprint: UInt64, oldest: Int64?, recordCount: Int) {
        (self.articles, self.exclusions, self.cleaning) = (articles, exclusions, cleaning)
        (self.settingsFingerprint, self.oldest, self.recordCount) = (settingsFingerprint, oldest, recordCount)
    }

    /// Brings the memory from `previous` (the index it stands for) to `read`, whose records
    /// `read.recalledFrom` maps to `previous`'s; false when it stands for another index or
    /// other settings, or the threshold of `max_age_days` moved (every summary is judged again).
    mutating func update(to read: ReadArticles, from previous: ArticleIndex, judge: InclusionRules.Judge,
                         settings: BuildSettings, settingsFingerprint fingerprint: UInt64) -> Bool {
        guard fingerprint == settingsFingerprint, judge.oldest == oldest, previous.records.count == recordCount,
              let from = read.recalledFrom, !articles.isWorthRebuilding else { return false }
        // Per previous record, the position of the record recalling it (-1: changed or gone).
        var renumbered = [Int](repeating: -1, count: recordCount), moved = false
        for (position, old) in from.enumerated() where old >= 0 {
            renumbered[old] = position
            moved = moved || old != position
        }
        let cleaningRules = settings.site.cleaning
        var gone = InclusionRules.Exclusions(), removals: [CatalogArticles.Removal] = []
        for old in renumbered.indices where renumbered[old] < 0 {
            guard case let .article(summary, _) = previous.records[old].outcome,
                  let kept = judge.judge(summary, counting: &gone) else { continue }
            removals.append(CatalogArticles.Removal(kept))
            cleaning.remove(kept.sourcePath)
        }
        var came = InclusionRules.Exclusions(), added: [ArticleSummary] = []
        for position in from.indices where from[position] < 0 {
            guard case var .article(summary, _) = read.index.records[position].outcome else { continue }
            summary.sourceIndex = position
            guard let kept = judge.judge(summary, counting: &came) else { continue }
            added.append(kept)
            cleaning.add(kept, rules: cleaningRules)
        }
        exclusions.subtract(gone)
        exclusions.add(came)
        recordCount = read.index.records.count
        return articles.update(removing: removals, adding: CatalogArticles.prepared(added, configuration: settings.configuration),
                               renumbered: moved ? renumbered : nil)
    }
}

extension InclusionRules.Exclusions {
    /// Adds the counts of `other` (the summaries of files that came or changed).
    mutating func add(_ other: InclusionRules.Exclusions) {
        unpublished += other.unpublished
        belowQuality += other.belowQuality
        tooOld += other.tooOld
        excludedProvider += other.excludedProvider
        topicsRemoved += other.topicsRemoved
    }
}

extension CleaningRules.Tally {
    /// Counts `summary` (kept by the inclusion rules) where `rules` clean it, in path order.
    mutating func add(_ summary: ArticleSummary, rules: CleaningRules) {
        if rules.cleansTitle(summary.cleaning) { Self.insert(summary.sourcePath, into: &titles) }
        if rules.dropsSummary(summary.cleaning) { Self.insert(summary.sourcePath, into: &summaries) }
    }

    /// Forgets the article of `path`, wherever it was counted.
    mutating func remove(_ path: String) {
        for keyPath in [\Self.titles, \Self.summaries] {
            let place = Self.place(of: path, in: self[keyPath: keyPath])
            if place < self[keyPath: keyPath].count && self[keyPath: keyPath][place] == path { self[keyPath: keyPath].remove(at: place) }
        }
    }

    private static func insert(_ path: String, into paths: inout [String]) {
        paths.insert(path, at: place(of: path, in: paths))
    }

    /// Where `path` is, or would go, among `paths` in `InputFolder` order.
    private static func place(of path: String, in paths: [String]) -> Int {
        var low = 0, high = paths.count
        while low < high {
            let middle = (low + high) / 2
            if InputFolder.precedes(paths[middle], path) { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
