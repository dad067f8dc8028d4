import FeedModel
@testable import FeedBuild

/// An input folder read through the first stages, as a build reads it: listing, pass 1, catalog.
struct StagesFixture {
    let settings: BuildSettings
    let listing: InputListing
    var read: ReadArticles
    let site: SiteCatalog

    init(input: FolderPath, output: FolderPath, configuration: FeedpubConfiguration = FeedpubConfiguration()) throws {
        settings = BuildSettings(input: input.typed, output: output.typed, site: SiteConfiguration(), configuration: configuration,
                                 useCache: false)
        listing = try InputFolder(root: input).list()
        read = ArticleReading(input: input).read(listing, recalling: ArticleCache())
        site = SiteCatalog(&read, settings: settings)
    }

    /// The plan against what `previous` remembers.
    func plan(previous: ArticleCache = ArticleCache()) -> BuildPlan {
        BuildPlan(site.documents, catalog: site.catalog, files: listing.files, previous: previous, settings: settings)
    }
}
