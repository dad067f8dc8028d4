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
        let oldest = maxAgeDays.flatMap { days in
            summaries.lazy.map(\.publishedAt.secondsSinceEpoch).max().map { $0 - Int64(days) * 86_400 }
        }
        let topics = Set(excludedTopics.compactMap(FeedName.init))
        let providers = Set(excludedProviders.compactMap(FeedName.init))
        let domains = Set(excludedProviders.map { $0.lowercased() })
        var kept: [ArticleSummary] = []
        kept.reserveCapacity(summaries.count)
        for var summary in summaries {
            if onlyPublished && summary.isPublished != true {
                exclusions.unpublished += 1
            } else if let minQuality, (summary.quality ?? Int.min) < minQuality {
                exclusions.belowQuality += 1
            } else if let oldest, summary.publishedAt.secondsSinceEpoch < oldest {
                exclusions.tooOld += 1
            } else if summary.providerName.flatMap(FeedName.init).map(providers.contains) == true
                        || summary.providerDomain.map({ domains.contains($0.lowercased()) }) == true {
                exclusions.excludedProvider += 1
            } else {
                if !topics.isEmpty {
                    let before = summary.topics.count
                    summary.topics.removeAll { FeedName($0).map(topics.contains) == true }
                    if summary.topics.count != before { exclusions.topicsRemoved += 1 }
                }
                kept.append(summary)
            }
        }
        return (kept, exclusions)
    }
}
