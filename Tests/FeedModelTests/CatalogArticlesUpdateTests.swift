import Testing
@testable import FeedModel
import TestSupport

/// `CatalogArticles.update`, what a watch's rebuild catalogs by: after any run of files added,
/// edited and deleted, the catalog planned from the updated articles is the catalog planned
/// from every summary afresh, feed by feed, entry by entry.
@Suite struct CatalogArticlesUpdateTests {
    /// Spellings that meet: one feed in several cases and spaces, accents and not, and names
    /// whose slugs collide (`C++` and `C#`), so that display names and slug suffixes move.
    private static let topics = ["AI", "ai", " AI ", "Zürich", "Zu\u{308}rich", "zurich", "C++", "C#", "Economy", "日本"]
    private static let providers = ["Reuters", "reuters", "BBC News", "bbc  news", "Le Monde", "日経"]
    private static let languages = ["en", "hi", "pt-BR", "fr"]
    /// URLs that files share, so that articles merge and come apart.
    private static let urls = (0..<12).map { "https://news.example.com/story/\($0)" } + ["https://news.example.com/caf\u{E9}"]

    /// One input folder: its files in path order, each with the summary it gives.
    private struct Folder {
        var files: [(path: String, summary: ArticleSummary)] = []

        /// Every summary, each with its file's position as `sourceIndex`.
        var summaries: [ArticleSummary] {
            files.enumerated().map { position, file in
                var summary = file.summary
                summary.sourceIndex = position
                return summary
            }
        }
    }

    private static func summary(_ path: String, using random: inout some RandomNumberGenerator) -> ArticleSummary {
        var summary = ArticleSummary(sourcePath: path, url: urls.randomElement(using: &random)!,
                                     publishedAt: Timestamp(secondsSinceEpoch: Int64.random(in: 0..<6, using: &random) * 3_600),
                                     topics: (0..<Int.random(in: 0...3, using: &random)).map { _ in topics.randomElement(using: &random)! },
                                     providerName: Bool.random(using: &random) ? providers.randomElement(using: &random) : nil,
                                     providerDomain: Bool.random(using: &random) ? "news.example.com" : nil)
        summary.language = Int.random(in: 0..<5, using: &random) == 0 ? nil : languages.randomElement(using: &random)
        summary.providerLogo = Bool.random(using: &random) ? Article.Image(url: "https://news.example.com/logo.png") : nil
        return summary
    }

    /// One step: files added (anywhere in path order), edited and deleted; what `update` is
    /// told: the removed files (a changed one too) and the summaries that came, and each kept
    /// file's new position by its old one.
    private static func step(_ folder: inout Folder, number: Int, using random: inout some RandomNumberGenerator)
        -> (removed: [CatalogArticles.Removal], added: [ArticleSummary], renumbered: [Int]?) {
        let before = folder.files
        var changed = Set<String>()
        for _ in 0..<Int.random(in: 0...3, using: &random) where !folder.files.isEmpty {
            let position = Int.random(in: 0..<folder.files.count, using: &random)
            if Bool.random(using: &random) {
                changed.insert(folder.files[position].path)
                folder.files.remove(at: position)
            } else {
                folder.files[position].summary = summary(folder.files[position].path, using: &random)
                changed.insert(folder.files[position].path)
            }
        }
        for index in 0..<Int.random(in: 0...4, using: &random) {
            let path = "\(Int.random(in: 0..<100, using: &random))-\(number)-\(index).md"
            folder.files.append((path, summary(path, using: &random)))
            changed.insert(path)
        }
        folder.files.sort { $0.path < $1.path }
        let positions = Dictionary(uniqueKeysWithValues: folder.files.enumerated().map { ($1.path, $0) })
        let removed = before.filter { changed.contains($0.path) }.map { CatalogArticles.Removal($0.summary) }
        let added = folder.summaries.filter { changed.contains($0.sourcePath) && positions[$0.sourcePath] != nil }
        let renumbered = before.map { changed.contains($0.path) ? -1 : positions[$0.path]! }
        return (removed, added, renumbered.enumerated().allSatisfy { $0 == $1 || $1 < 0 } ? nil : renumbered)
    }

    private static func expectSame(_ updated: FeedCatalog, _ fresh: FeedCatalog, _ context: String) {
        #expect(updated.articles == fresh.articles, "\(context): articles")
        #expect(updated.plans == fresh.plans, "\(context): plans")
        #expect(updated.archivePages == fresh.archivePages, "\(context): archive pages")
        #expect(updated.duplicates == fresh.duplicates, "\(context): duplicates")
        #expect(updated.articles.indices.map(updated.providerPlan(of:)) == fresh.articles.indices.map(fresh.providerPlan(of:)),
                "\(context): provider feeds")
    }

    @Test(arguments: [SiteConfiguration(entryLimit: 3), SiteConfiguration(), SiteConfiguration(entryLimit: 2, archivePageSize: 2)])
    func updatedArticlesPlanTheCatalogBuiltAfresh(site: SiteConfiguration) {
        var random = SplitMix64(seed: 16)
        for round in 0..<40 {
            var folder = Folder()
            var kept = CatalogArticles(summaries: [], updatable: true)
            for number in 0..<25 {
                let (removed, added, renumbered) = Self.step(&folder, number: number, using: &random)
                let isUpdated = kept.update(removing: removed, adding: added, renumbered: renumbered)
                #expect(isUpdated)
                let fresh = FeedCatalog(summaries: folder.summaries, site: site, overrides: FeedOverrides())
                Self.expectSame(FeedCatalog(kept, site: site, overrides: FeedOverrides()), fresh, "round \(round), step \(number)")
            }
        }
    }

    @Test func articlesBuiltOnlyToReadAreNotUpdated() {
        var articles = CatalogArticles(summaries: [])
        let isUpdated = articles.update(removing: [], adding: [], renumbered: nil)
        #expect(!isUpdated)
    }
}
