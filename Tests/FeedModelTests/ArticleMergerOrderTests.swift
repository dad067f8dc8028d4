import Testing
@testable import FeedModel
import TestSupport

/// `ArticleMerger.mergeNewestFirst` and `URLGroups`: the same articles, order and duplicates as
/// merging by `Dictionary<String, _>` and sorting afterwards, which is what the catalog did before.
@Suite struct ArticleMergerOrderTests {
    /// URLs as `String` compares them: "é" composed and decomposed, and the Kelvin sign, which is "K".
    private static let urls = ["https://a.example.com/1", "https://a.example.com/2", "https://a.example.com/3",
                               "https://a.example.com/caf\u{E9}", "https://a.example.com/cafe\u{301}",
                               "https://a.example.com/\u{212A}", "https://a.example.com/K",
                               "https://a.example.com/a-rather-longer-path-of-more-than-sixteen-bytes"]

    /// What the catalog computed before: first-seen groups by `Dictionary`, then a sort.
    private static func reference(_ summaries: [ArticleSummary]) -> ([FeedCatalog.MergedArticle], [FeedCatalog.DuplicateURL]) {
        var order: [String] = [], groups: [String: [ArticleSummary]] = [:]
        for summary in summaries {
            if groups[summary.url] == nil { order.append(summary.url) }
            groups[summary.url, default: []].append(summary)
        }
        // Each group merged alone: one URL, so one merged article.
        let merged = order.map { ArticleMerger.merge(groups[$0]!)[0] }
        let duplicates = merged.filter { $0.sourcePaths.count > 1 }.map { article in
            FeedCatalog.DuplicateURL(url: article.url, winnerPath: article.winnerPath,
                                     mergedPaths: article.sourcePaths.filter { $0 != article.winnerPath })
        }
        let sorted = merged.sorted { a, b in
            a.updatedAt != b.updatedAt ? a.updatedAt > b.updatedAt : a.url.utf8.lexicographicallyPrecedes(b.url.utf8)
        }
        return (sorted, duplicates)
    }

    private static func summaries(_ count: Int, urls: [String], using random: inout some RandomNumberGenerator) -> [ArticleSummary] {
        (0..<count).map { index in
            ArticleSummary(sourcePath: "p\(Int.random(in: 0..<1000, using: &random))-\(index).md",
                           url: urls.randomElement(using: &random)! + (Bool.random(using: &random) ? "" : "/\(index % 7)"),
                           publishedAt: Timestamp(secondsSinceEpoch: Int64.random(in: 0..<4, using: &random)),
                           topics: ["T\(Int.random(in: 0..<3, using: &random))"], providerName: nil, providerDomain: nil,
                           sourceIndex: index)
        }
    }

    @Test func newestFirstEqualsMergingThenSorting() {
        var random = SplitMix64(seed: 15)
        for round in 0..<300 {
            // Every other round ASCII only, which takes the hashed path; the rest compare as `String`.
            let urls = round.isMultiple(of: 2) ? Self.urls.filter { $0.utf8.allSatisfy { $0 < 0x80 } } : Self.urls
            let summaries = Self.summaries(Int.random(in: 0..<40, using: &random), urls: urls, using: &random)
            let (articles, duplicates) = ArticleMerger.mergeNewestFirst(summaries)
            let (expected, expectedDuplicates) = Self.reference(summaries)
            #expect(articles == expected)
            #expect(duplicates == expectedDuplicates)
        }
    }

    @Test func canonicallyEquivalentURLsMergeAsStringComparesThem() {
        let summaries = Self.urls.enumerated().map { index, url in
            ArticleSummary(sourcePath: "\(index).md", url: url, publishedAt: .epoch, topics: [], providerName: nil, providerDomain: nil)
        }
        #expect(ArticleMerger.mergeNewestFirst(summaries).articles.count == Self.urls.count - 2)
    }
}
