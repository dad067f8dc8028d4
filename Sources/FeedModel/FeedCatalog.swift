/// Which feeds exist, and what is in each: the one place that answers it.
///
/// - One feed of all articles (its files at the top of the output folder).
/// - One per topic (`topics/<slug>/`), topics compared by `FeedName` (trimmed, NFC, any case).
/// - One per provider name (`providers/<slug>/`), compared the same way.
/// - One per language (`languages/<tag>/`), of each article's `language` (see `FeedCatalog+Languages`).
/// - One per custom feed of `feedpub.yml` (`custom/<slug>/`), selected by its rules (`CustomFeedSelector`).
/// Articles sharing a URL are first merged (`ArticleMerger`). Each feed holds the newest
/// `entryLimit` entries, newest `updated` first, ties broken by id. A name spelled several
/// ways is shown in its most frequent spelling (ties: the first in code-point order).
///
/// It works on summaries, so that 100,000 articles fit in memory; the full articles of the
/// entries a feed shows are read again only when the feed is rendered.
public struct FeedCatalog: Sendable {
    /// Every merged article, newest first; plans refer to them by index.
    public let articles: [FeedCatalog.MergedArticle]
    /// The subscription documents: the feed of all articles, then topics, providers, languages, custom feeds.
    public let plans: [FeedPlan]
    /// RFC 5005 archive pages of every feed, when the site keeps them (`archivePageSize`).
    public let archivePages: [FeedPlan]
    /// URLs that several files gave, for the warning the command prints.
    public let duplicates: [DuplicateURL]
    /// Per article, the position in `plans` of its provider's feed; nil without a provider or
    /// when provider feeds are not written.
    private let providerPlans: [Int?]

    public struct DuplicateURL: Sendable, Equatable {
        public var url: String
        public var winnerPath: String
        public var mergedPaths: [String]
    }

    /// The feeds of `summaries` under `site`, with `configuration`'s titles, descriptions and
    /// slugs for named feeds (`feedpub.yml`).
    public init(summaries: [ArticleSummary], site: SiteConfiguration, configuration: FeedpubConfiguration = FeedpubConfiguration()) {
        self.init(summaries: summaries, site: site, overrides: configuration.overrides,
                  sourcesProviderFeeds: configuration.writes(.provider("")), customFeeds: configuration.customFeeds)
    }

    /// `overrides`: an editor's titles, descriptions and slugs for named feeds;
    /// `sourcesProviderFeeds`: whether entries name their provider's feed (it is written);
    /// `customFeeds`: the feeds defined by rules.
    init(summaries: [ArticleSummary], site: SiteConfiguration, overrides: FeedOverrides, sourcesProviderFeeds: Bool = true,
         customFeeds: [CustomFeed] = []) {
        let articles: [MergedArticle]
        (articles, duplicates) = ArticleMerger.mergeNewestFirst(Self.applyingLanguageOverrides(overrides, to: summaries))
        // With archives every entry is kept; without, only the newest of each feed.
        let limit = site.archivePageSize == nil ? site.entryLimit : Int.max
        var all = Bucket(), topics = Axis(), providers = Axis(), languages = Axis()
        for index in articles.indices {
            all.add(index, limit: limit)
            for topic in articles[index].topics { topics.add(index, name: topic, limit: limit) }
            if let provider = articles[index].providerName { providers.add(index, name: provider, limit: limit) }
            if let language = articles[index].language { languages.add(index, name: language, limit: limit) }
        }

        var planner = CatalogPlanner(articles: articles, site: site)
        var plans = [planner.plan(.all, "", title: site.title,
                                  subtitle: overrides.allDescription ?? "The newest articles on every topic, from \(site.title)",
                                  home: site.baseURL, all.indices,
                                  branding: Self.branding(site: site, own: nil, articles: articles), language: site.language)]
        for (name, slug, bucket) in topics.feeds(fixed: { name, _ in overrides.topic(name.display)?.slug }) {
            let override = overrides.topic(name)
            plans.append(planner.plan(.topic(name), "topics/" + slug, title: override?.title ?? "\(name) — \(site.title)",
                                      subtitle: override?.description ?? "The newest articles on \(name), from \(site.title)",
                                      home: site.baseURL, bucket.indices,
                                      branding: Self.branding(site: site, own: override?.branding, articles: articles),
                                      language: override?.language ?? site.language))
        }
        var providerPlanByName: [FeedName: Int] = [:]
        func domain(_ bucket: Bucket) -> String? { bucket.indices.lazy.compactMap { articles[$0].providerDomain }.first }
        for (name, slug, bucket) in providers.feeds(fixed: { name, bucket in
            overrides.providers.isEmpty ? nil : overrides.provider(name.display, domain: domain(bucket))?.slug
        }) {
            let override = overrides.providers.isEmpty ? nil : overrides.provider(name, domain: domain(bucket))
            if sourcesProviderFeeds, let key = FeedName(name) { providerPlanByName[key] = plans.count }
            plans.append(planner.plan(.provider(name), "providers/" + slug, title: override?.title ?? "\(name) — \(site.title)",
                                      subtitle: override?.description ?? "The newest articles from \(name), via \(site.title)",
                                      home: domain(bucket).flatMap { CanonicalURL.http("https://\($0)/") } ?? site.baseURL, bucket.indices,
                                      branding: Self.branding(site: site, own: override?.branding, articles: articles, indices: bucket.indices),
                                      language: override?.language ?? site.language))
        }
        for (tag, slug, bucket) in languages.feeds() {
            let name = Self.languageName(tag)
            plans.append(planner.plan(.language(tag), "languages/" + slug, title: "\(name) — \(site.title)",
                                      subtitle: "The newest articles in \(name), from \(site.title)", home: site.baseURL, bucket.indices,
                                      branding: Self.branding(site: site, own: nil, articles: articles),
                                      language: Self.feedLanguage(ofLanguage: tag, site: site)))
        }
        plans += Self.customPlans(customFeeds, articles: articles, site: site, planner: &planner)
        self.articles = articles
        self.plans = plans
        self.archivePages = planner.archivePages
        self.providerPlans = Self.providerPlans(of: articles, byName: providerPlanByName)
    }

    /// The header of `article`'s provider feed (an index into `articles`), when it has one
    /// that is written: what its entry's `<source>` names.
    public func providerFeed(of article: Int) -> FeedHeader? { providerPlans[article].map { plans[$0].header } }

    /// The position in `plans` of `article`'s provider feed (`providerFeed(of:)`): articles of
    /// one provider share it, so what follows from the feed is worked out once per position.
    public func providerPlan(of article: Int) -> Int? { providerPlans[article] }

    /// Each article's provider feed, each spelling of a provider name cleaned once.
    private static func providerPlans(of articles: [MergedArticle], byName: [FeedName: Int]) -> [Int?] {
        guard !byName.isEmpty else { return Array(repeating: nil, count: articles.count) }
        var spellings = StringNumbering()
        var planBySpelling: [Int?] = []
        // Indices, not elements: a closure over the elements copies (retains) every article's fields.
        return articles.indices.map { index in
            guard let raw = articles[index].providerName else { return nil }
            let (spelling, isNew) = spellings.number(of: raw)
            if isNew { planBySpelling.append(FeedName(raw).flatMap { byName[$0] }) }
            return planBySpelling[spelling]
        }
    }
}

extension FeedCatalog {
    /// Whole feeds from full articles held in memory: for tests and small inputs.
    public static func feeds(articles: [Article], site: SiteConfiguration) -> [Feed] {
        let catalog = FeedCatalog(summaries: articles.map(\.summary), site: site)
        let byPath = Dictionary(articles.map { ($0.sourcePath, $0) }, uniquingKeysWith: { first, _ in first })
        let mapping = EntryMapping(site: site)
        let entries = catalog.articles.indices.map { index in
            let merged = catalog.articles[index]
            return mapping.entry(for: merged.applied(to: byPath[merged.winnerPath]!), providerFeed: catalog.providerFeed(of: index))
        }
        return catalog.plans.map { plan in Feed(header: plan.header, entries: plan.entryIndices.map { entries[$0] }) }
    }
}

/// The newest entries of one feed, as indices into the sorted articles.
private struct Bucket {
    var indices: [Int] = []

    mutating func add(_ index: Int, limit: Int) {
        if indices.count < limit { indices.append(index) }
    }
}

/// The feeds of one axis (topics, providers or languages), keyed by `FeedName`.
///
/// Each spelling seen is mapped to a small integer once; counting then works on arrays, so
/// 300,000 topic mentions cost one hash each.
private struct Axis {
    /// Spellings as written, by their number: spellings with other bytes but equal cleaned
    /// forms meet in `register`'s `FeedName`, so byte equality numbers them exactly enough.
    private var spellings = StringNumbering()
    /// Per spelling number: its id, or -1 for a name that is empty once cleaned.
    private var spellingIDs: [Int] = []
    /// Per spelling id: its feed's id and its display form.
    private var spellingFeed: [Int] = []
    private var spellingDisplay: [String] = []
    private var spellingCount: [Int] = []
    private var feedIDs: [FeedName: Int] = [:]
    private var names: [FeedName] = []
    private var buckets: [Bucket] = []

    mutating func add(_ index: Int, name raw: String, limit: Int) {
        let (number, isNew) = spellings.number(of: raw)
        if isNew { spellingIDs.append(register(raw)) }
        let spelling = spellingIDs[number]
        guard spelling >= 0 else { return }
        spellingCount[spelling] += 1
        buckets[spellingFeed[spelling]].add(index, limit: limit)
    }

    private mutating func register(_ raw: String) -> Int {
        guard let name = FeedName(raw) else { return -1 }
        let feed: Int
        if let known = feedIDs[name] {
            feed = known
        } else {
            feed = names.count
            feedIDs[name] = feed
            names.append(name)
            buckets.append(Bucket())
        }
        spellingFeed.append(feed)
        spellingDisplay.append(name.display)
        spellingCount.append(0)
        return spellingFeed.count - 1
    }

    /// (display name, slug, bucket) for every name, in slug order; `fixed` gives an editor's
    /// slug for a name, if any.
    func feeds(fixed: (FeedName, Bucket) -> String? = { _, _ in nil }) -> [(String, String, Bucket)] {
        var fixedSlugs: [FeedName: String] = [:]
        for (name, bucket) in zip(names, buckets) { fixedSlugs[name] = fixed(name, bucket) }
        let slugs = SlugAssigner.assign(names, fixed: fixedSlugs)
        // Several raw spellings can share a display form ("AI" and " AI "): sum them first.
        var counts = [[String: Int]](repeating: [:], count: names.count)
        for spelling in spellingFeed.indices {
            counts[spellingFeed[spelling]][spellingDisplay[spelling], default: 0] += spellingCount[spelling]
        }
        return names.indices.map { feed in
            let display = counts[feed].max { a, b in
                a.value != b.value ? a.value < b.value : b.key.unicodeScalars.lexicographicallyPrecedes(a.key.unicodeScalars)
            }!.key
            return (display, slugs[names[feed]]!, buckets[feed])
        }.sorted { $0.1 < $1.1 }
    }
}
