/// Which articles go into the feeds, from `feedpub.yml`; applied to each file's summary
/// before articles sharing a URL are merged, so that cached summaries obey today's rules.
///
/// An article is left out by the first rule it fails, in this order: `only_published`,
/// `min_quality`, `max_age_days`, an excluded provider. Excluded topics are removed from the
/// articles that have them; the article stays in the other feeds.
public struct InclusionRules: Sendable, Equatable {
    /// Leave out articles whose `published` is false or missing.
    public var onlyPublished = false
    /// Leave out articles whose `quality` is below this or missing.
    public var minQuality: Int?
    /// Leave out articles published more than this many days before the newest article of the
    /// input (not the clock: unchanged input gives byte-identical feeds on any day).
    public var maxAgeDays: Int?
    public var excludedTopics: [String] = []
    /// Provider names or domains.
    public var excludedProviders: [String] = []

    public init() {}

    public var isEmpty: Bool { self == InclusionRules() }

    /// How many articles each rule left out.
    public struct Exclusions: Sendable, Equatable {
        public var unpublished = 0
        public var belowQuality = 0
        public var tooOld = 0
        public var excludedProvider = 0
        /// Articles that lost at least one topic (they are still published).
        public var topicsRemoved = 0

        public init() {}

        public var excludedArticles: Int { unpublished + belowQuality + tooOld + excludedProvider }
    }

    /// The summaries that pass, in their order, with excluded topics removed.
    public func apply(to summaries: [ArticleSummary]) -> (kept: [ArticleSummary], exclusions: Exclusions) {
        var exclusions = Exclusions()
        guard !isEmpty else { return (summaries, exclusions) }
        let judge = judge(newest: summaries.lazy.map(\.publishedAt.secondsSinceEpoch).max())
        var kept: [ArticleSummary] = []
        kept.reserveCapacity(summaries.count)
        for summary in summaries {
            if let passed = judge.judge(summary, counting: &exclusions) { kept.append(passed) }
        }
        return (kept, exclusions)
    }

    /// The rules ready to judge one summary at a time, among summaries whose newest was
    /// published `newest` (seconds since the epoch; nil for none): what `max_age_days` counts back from.
    public func judge(newest: Int64?) -> Judge {
        Judge(rules: self, oldest: maxAgeDays.flatMap { days in newest.map { $0 - Int64(days) * 86_400 } },
              topics: Set(excludedTopics.compactMap(FeedName.init)), providers: Set(excludedProviders.compactMap(FeedName.init)),
              domains: Set(excludedProviders.map { $0.lowercased() }))
    }

    /// `InclusionRules` with the names they exclude cleaned once.
    public struct Judge: Sendable {
        let rules: InclusionRules
        /// The earliest publication kept, in seconds since the epoch.
        public let oldest: Int64?
        let topics: Set<FeedName>
        let providers: Set<FeedName>
        let domains: Set<String>

        /// `summary` as it goes into the feeds (excluded topics removed), or nil when a rule
        /// leaves it out; either way counted in `exclusions`.
        public func judge(_ summary: ArticleSummary, counting exclusions: inout Exclusions) -> ArticleSummary? {
            if rules.onlyPublished && summary.isPublished != true {
                exclusions.unpublished += 1
            } else if let minQuality = rules.minQuality, (summary.quality ?? Int.min) < minQuality {
                exclusions.belowQuality += 1
            } else if let oldest, summary.publishedAt.secondsSinceEpoch < oldest {
                exclusions.tooOld += 1
            } else if summary.providerName.flatMap(FeedName.init).map(providers.contains) == true
                        || summary.providerDomain.map({ domains.contains($0.lowercased()) }) == true {
                exclusions.excludedProvider += 1
            } else {
                guard !topics.isEmpty else { return summary }
                var kept = summary
                kept.topics.removeAll { FeedName($0).map(topics.contains) == true }
                if kept.topics.count != summary.topics.count { exclusions.topicsRemoved += 1 }
                return kept
            }
            return nil
        }
    }
}

extension InclusionRules.Exclusions {
    /// Takes away the counts of `other` (the summaries of files that changed or went).
    public mutating func subtract(_ other: InclusionRules.Exclusions) {
        unpublished -= other.unpublished
        belowQuality -= other.belowQuality
        tooOld -= other.tooOld
        excludedProvider -= other.excludedProvider
        topicsRemoved -= other.topicsRemoved
    }
}
