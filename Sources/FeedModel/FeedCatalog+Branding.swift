extension FeedCatalog {
    /// A feed's icon and logo: its topic's or provider's own from `feedpub.yml`, else (logos of
    /// provider feeds) the newest entry's provider logo from `provider.images`, else the site's.
    /// `indices` are the feed's articles, newest first; nil for feeds that take no provider logo.
    static func branding(site: SiteConfiguration, own: Branding?, articles: [MergedArticle],
                         indices: [Int]? = nil) -> (icon: String?, logo: Article.Image?) {
        let icon = own?.icon ?? site.branding.icon
        if let logo = own?.logo { return (icon, Article.Image(url: logo)) }
        if let indices, let image = indices.lazy.compactMap({ articles[$0].providerLogo }).first { return (icon, image) }
        return (icon, site.branding.logo.map { Article.Image(url: $0) })
    }
}
