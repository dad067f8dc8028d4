extension FeedCatalog {
    /// The plans of `feeds` (`feeds:` in feedpub.yml), in the order written, each in
    /// `custom/<slug>/`, selecting from the same merged articles as every other feed.
    static func customPlans(_ feeds: [CustomFeed], articles: [MergedArticle], site: SiteConfiguration,
                            planner: inout CatalogPlanner) -> [FeedPlan] {
        guard !feeds.isEmpty else { return [] }
        let selector = CustomFeedSelector(articles: articles, keywords: KeywordList(feeds))
        let branding = Self.branding(site: site, own: nil, articles: articles)
        return feeds.map { feed in
            let limit = feed.limit ?? site.entryLimit
            // With archives every entry is kept, as for every other feed.
            let indices = selector.select(feed, limit: site.archivePageSize == nil ? limit : Int.max)
            let shape = CatalogPlanner.Shape(entryLimit: limit, byHeat: feed.order == .heat, profile: feed.profile, formats: feed.formats)
            var plan = planner.plan(.custom(feed.slug), feed.directory, title: feed.title,
                                    subtitle: feed.description ?? "\(feed.title), from \(site.title)", home: site.baseURL,
                                    indices, branding: branding, language: site.language, shape: shape)
            // A feed whose rules match nothing yet is as recent as the site, not the epoch
            // (which validators call implausible); still a date from the input, never the clock.
            if plan.entryIndices.isEmpty && plan.archive == nil { plan.header.updated = articles.first?.updatedAt ?? .epoch }
            return plan
        }
    }
}
