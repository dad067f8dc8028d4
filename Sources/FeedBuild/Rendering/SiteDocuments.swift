import FeedModel
import FeedXML

/// The documents that help people find the feeds: OPML 2.0 subscription lists (all feeds in
/// Topics, Providers, Languages and Custom feeds folders, one list per axis, and one of the
/// custom feeds when there are any) and an HTML index page. Rendered
/// every run (tens of milliseconds at hundreds of feeds) and published like feeds: rewritten only when they change.
enum SiteDocuments {
    /// How many documents `render` gives: four OPML lists and the index page, and the list of
    /// custom feeds when the site has any.
    static func count(hasCustomFeeds: Bool) -> Int { hasCustomFeeds ? 6 : 5 }

    /// `formats`: the files written (`write.formats` in feedpub.yml); only those are linked.
    /// `entryCount`: how many entries a feed's files hold (fewer than planned under `bytes_per_feed`).
    static func render(_ plans: [FeedPlan], site: SiteConfiguration, formats: Set<FeedFormat> = Set(FeedFormat.allCases),
                       entryCount: (FeedPlan) -> Int = { $0.entryIndices.count }) throws -> [Publisher.Document] {
        let listings = plans.map { plan in
            var listing = FeedListing(plan, formats: plan.formats ?? formats)
            listing.entryCount = entryCount(plan)
            return listing
        }
        let newest = plans.map(\.updated).max() ?? .epoch
        let topics = listings.filter { if case .topic = $0.kind { true } else { false } }
        let providers = listings.filter { if case .provider = $0.kind { true } else { false } }
        let languages = listings.filter { if case .language = $0.kind { true } else { false } }
        let custom = listings.filter(\.isCustom)
        let opml = OPMLWriter()
        var documents: [(path: String, render: () throws -> [UInt8])] = [
            ("index.opml", { try opml.render(title: "\(site.title): every feed", listings: listings, grouping: .byKind, dateModified: newest) }),
            ("topics.opml", { try opml.render(title: "\(site.title): topics", listings: topics, grouping: .flat, dateModified: newest) }),
            ("providers.opml", { try opml.render(title: "\(site.title): providers", listings: providers, grouping: .flat, dateModified: newest) }),
            ("languages.opml", { try opml.render(title: "\(site.title): languages", listings: languages, grouping: .flat, dateModified: newest) }),
            ("index.html", { try HTMLIndexWriter().render(siteTitle: site.title, listings: HTMLIndexWriter.busiestFirst(listings),
                                                           language: site.language, opmlURL: site.url("index.opml")) }),
        ]
        // Written only by sites that define custom feeds; the others' output stays as it was.
        if !custom.isEmpty {
            documents.insert(("custom.opml", { try opml.render(title: "\(site.title): custom feeds", listings: custom, grouping: .flat,
                                                               dateModified: newest) }), at: 0)
        }
        // Each names every feed: at hundreds of feeds, one document per core.
        FeedFormat.prepareForConcurrentRendering()
        let rendered = Parallel.map(documents) { document in Result { try document.render() } }
        return try zip(documents, rendered).map { document, bytes in Publisher.Document(path: document.path, bytes: try bytes.get()) }
    }
}
