/// Makes the plans of one catalog: a feed's subscription document and, when the site keeps an
/// archive, its RFC 5005 archive pages (`FeedPlan.ArchivePages`), collected in `archivePages`
/// in the order the feeds are planned.
struct CatalogPlanner {
    /// The merged articles, newest first, that the plans' indices refer to.
    let articles: [FeedCatalog.MergedArticle]
    let site: SiteConfiguration
    private(set) var archivePages: [FeedPlan] = []

    /// What a custom feed sets beyond the site's: its entry limit, its order, its profile and formats.
    struct Shape {
        var entryLimit: Int?
        /// Entries ordered by heat: the dates are not newest first.
        var byHeat = false
        var profile: PartnerProfileName?
        var formats: Set<FeedFormat>?
    }

    /// The subscription document of one feed holding `indices` (newest first, unless `shape`
    /// orders them by heat), its archive pages appended to `archivePages`. `language`: the
    /// feed's configured language; without one, each document declares the language of at
    /// least 80 % of its entries, if any.
    mutating func plan(_ kind: FeedHeader.Kind, _ directory: String, title: String, subtitle: String, home: String,
                       _ indices: [Int], branding: (icon: String?, logo: Article.Image?), language: String?,
                       shape: Shape = Shape()) -> FeedPlan {
        var template = FeedHeader(kind: kind, title: title, subtitle: subtitle, directory: directory, baseURL: site.baseURL,
                                  homeURL: home, language: language, updated: .epoch,
                                  generator: site.generator, hubURL: site.hubURL, archive: nil)
        (template.icon, template.logo) = branding
        template.profile = shape.profile
        let byHeat = shape.byHeat, formats = shape.formats
        guard let pageSize = site.archivePageSize else {
            return document(template, directory, indices, updated: nil, archive: nil, byHeat: byHeat, formats: formats)
        }
        let split = FeedPlan.ArchivePages(pageSize: pageSize, entryLimit: shape.entryLimit ?? site.entryLimit).split(indices)
        guard !split.pages.isEmpty else {
            return document(template, directory, split.current, updated: nil, archive: nil, byHeat: byHeat, formats: formats)
        }
        let pageFolders = split.pages.indices.map { FeedPlan.ArchivePages.directory(of: $0 + 1, feedDirectory: directory) }
        // An empty newest page is as recent as the newest archived entry.
        let newestArchivedDate = byHeat ? indices[split.current.count...].map { articles[$0].updatedAt }.max()!
                                        : articles[indices[split.current.count]].updatedAt
        for (page, pageIndices) in split.pages.enumerated() {
            let archive = FeedHeader.Archive(isPage: true, current: directory,
                                             previous: page > 0 ? pageFolders[page - 1] : nil,
                                             next: page + 1 < pageFolders.count ? pageFolders[page + 1] : nil)
            archivePages.append(document(template, pageFolders[page], pageIndices, updated: newestArchivedDate, archive: archive,
                                         byHeat: byHeat, formats: formats))
        }
        return document(template, directory, split.current, updated: nil,
                        archive: FeedHeader.Archive(isPage: false, previous: pageFolders[pageFolders.count - 1]), byHeat: byHeat, formats: formats)
    }

    /// One document of the feed: in `directory`, as recent as its newest entry (else `updated`, else the epoch).
    private func document(_ template: FeedHeader, _ directory: String, _ indices: [Int], updated: Timestamp?,
                          archive: FeedHeader.Archive?, byHeat: Bool, formats: Set<FeedFormat>?) -> FeedPlan {
        var header = template
        header.directory = directory
        if byHeat {
            let dates = indices.map { articles[$0].updatedAt }.sorted(by: >)
            header.refresh = archive?.isPage == true ? nil : RefreshHint(newestFirst: dates)
            header.updated = dates.first ?? updated ?? .epoch
        } else {
            header.refresh = archive?.isPage == true ? nil : RefreshHint(newestFirst: indices.lazy.map { articles[$0].updatedAt })
            header.updated = indices.first.map { articles[$0].updatedAt } ?? updated ?? .epoch
        }
        header.archive = archive
        if header.language == nil { header.language = majorityLanguage(of: indices) }
        return FeedPlan(header: header, entryIndices: indices, formats: formats)
    }

    /// The language of at least 80 % of the articles at `indices` (those of unknown language
    /// count against it); nil for none, or no articles. At 80 % no other language can tie.
    func majorityLanguage(of indices: [Int]) -> String? {
        var counts: [String: Int] = [:]
        for index in indices {
            if let language = articles[index].language { counts[language, default: 0] += 1 }
        }
        guard let (language, count) = counts.max(by: { $0.value < $1.value }), count * 5 >= indices.count * 4 else { return nil }
        return language
    }
}
