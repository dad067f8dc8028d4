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
    public private(set) var articles: [FeedCatalog.MergedArticle]
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
        self.init(CatalogArticles(summaries: Self.applyingLanguageOverrides(overrides, to: summaries)), site: site, overrides: overrides,
                  sourcesProviderFeeds: sourcesProviderFeeds, customFeeds: customFeeds)
    }

    /// The feeds of `merged` (summaries with `applyingLanguageOverrides` applied), the rest as
    /// `init(summaries:site:configuration:)`.
    public init(_ merged: CatalogArticles, site: SiteConfiguration, configuration: FeedpubConfiguration = FeedpubConfiguration()) {
        self.init(merged, site: site, overrides: configuration.overrides,
                  sourcesProviderFeeds: configuration.writes(.provider("")), customFeeds: configuration.customFeeds)
    }

    init(_ merged: CatalogArticles, site: SiteConfiguration, overrides: FeedOverrides, sourcesProviderFeeds: Bool = true,
         customFeeds: [CustomFeed] = []) {
        let articles = merged.articles
        duplicates = merged.duplicates
        // With archives every entry is kept; without, only the newest of each feed.
        let limit = site.archivePageSize == nil ? site.entryLimit : Int.max
        let buckets = merged.buckets(limit: limit)

        var planner = CatalogPlanner(articles: articles, site: site)
        var plans = [planner.plan(.all, "", title: site.title,
                                  subtitle: overrides.allDescription ?? "The newest articles on every topic, from \(site.title)",
                                  home: site.baseURL, buckets.all.indices,
                                  branding: Self.branding(site: site, own: nil, articles: articles), language: site.language)]
        for feed in merged.topics.feeds(buckets.topics, fixed: { name, _ in overrides.topic(name.display)?.slug }) {
            let name = feed.display, override = overrides.topic(name)
            plans.append(planner.plan(.topic(name), "topics/" + feed.slug, title: override?.title ?? "\(name) — \(site.title)",
                                      subtitle: override?.description ?? "The newest articles on \(name), from \(site.title)",
                                      home: site.baseURL, feed.bucket.indices,
                                      branding: Self.branding(site: site, own: override?.branding, articles: articles),
                                      language: override?.language ?? site.language))
        }
        // Per provider feed number, the position of its plan.
        var providerPlanByFeed = [Int?](repeating: nil, count: merged.providers.feedCount)
        func domain(_ bucket: Bucket) -> String? { bucket.indices.lazy.compactMap { articles[$0].providerDomain }.first }
        for feed in merged.providers.feeds(buckets.providers, fixed: { name, bucket in
            overrides.providers.isEmpty ? nil : overrides.provider(name.display, domain: domain(bucket))?.slug
        }) {
            let name = feed.display, bucket = feed.bucket
            let override = overrides.providers.isEmpty ? nil : overrides.provider(name, domain: domain(bucket))
            if sourcesProviderFeeds { providerPlanByFeed[feed.feed] = plans.count }
            plans.append(planner.plan(.provider(name), "providers/" + feed.slug, title: override?.title ?? "\(name) — \(site.title)",
                                      subtitle: override?.description ?? "The newest articles from \(name), via \(site.title)",
                                      home: domain(bucket).flatMap { CanonicalURL.http("https://\($0)/") } ?? site.baseURL, bucket.indices,
                                      branding: Self.branding(site: site, own: override?.branding, articles: articles, indices: bucket.indices),
                                      language: override?.language ?? site.language))
        }
        for feed in merged.languages.feeds(buckets.languages) {
            let tag = feed.display, name = Self.languageName(tag)
            plans.append(planner.plan(.language(tag), "languages/" + feed.slug, title: "\(name) — \(site.title)",
                                      subtitle: "The newest articles in \(name), from \(site.title)", home: site.baseURL, feed.bucket.indices,
                                      branding: Self.branding(site: site, own: nil, articles: articles),
                                      language: Self.feedLanguage(ofLanguage: tag, site: site)))
        }
        plans += Self.customPlans(customFeeds, articles: articles, site: site, planner: &planner)
        self.articles = articles
        self.plans = plans
        self.archivePages = planner.archivePages
        self.providerPlans = merged.providerFeeds().map { $0 >= 0 ? providerPlanByFeed[$0] : nil }
    }

    /// This catalog without its articles: what a watch's run keeps until the next has
    /// published, when the watch's catalog memory holds them (and the next rebuild moves them).
    public var withoutArticles: FeedCatalog {
        var catalog = self
        catalog.articles = []
        return catalog
    }

    /// The header of `article`'s provider feed (an index into `articles`), when it has one
    /// that is written: what its entry's `<source>` names.
    public func providerFeed(of article: Int) -> FeedHeader? { providerPlans[article].map { plans[$0].header } }

    /// The position in `plans` of `article`'s provider feed (`providerFeed(of:)`): articles of
    /// one provider share it, so what follows from the feed is worked out once per position.
    public func providerPlan(of article: Int) -> Int? { providerPlans[article] }
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
