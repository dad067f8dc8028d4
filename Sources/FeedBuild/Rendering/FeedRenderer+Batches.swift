import FeedModel
import FeedXML
import Glibc

extension FeedRenderer {
    /// The jobs by the age of their newest entry, cut where the articles they show would pass
    /// `maximumArticles`. Archive pages come feed by feed, each feed's spanning its whole history;
    /// taken in that order, every batch would read most of the history again. By age, a batch
    /// holds the pages of every feed over one stretch of history, and each article is read about
    /// once. Output does not depend on the order: each file is rendered from its own plan alone.
    static func batches(_ jobs: [RenderJob], maximumArticles: Int) -> [[RenderJob]] {
        cut(byAge(jobs), maximumArticles: maximumArticles)
    }

    /// Where each job's file goes among the staged files: where batches in the plan's order put
    /// it (per batch, each format's files, then the pages). `--dry-run` lists the files in this
    /// order, so it stays the same whatever order the batches are rendered in.
    static func stagingOrder(_ jobs: [RenderJob], maximumArticles: Int) -> [String: Int] {
        let ordered = cut(jobs, maximumArticles: maximumArticles).flatMap { batch in
            FeedFormat.allCases.flatMap { format in batch.filter { $0.format == format } } + batch.filter { $0.format == nil }
        }
        return Dictionary(ordered.enumerated().map { ($1.path, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// `jobs` in their order, cut where the articles they show would pass `maximumArticles`.
    private static func cut(_ jobs: [RenderJob], maximumArticles: Int) -> [[RenderJob]] {
        var batches: [[RenderJob]] = []
        var current: [RenderJob] = []
        // The batch's articles as a flag per article, not a set: this looks at every entry of
        // every file, twice a build, and hashing them cost more than the rest of the cut.
        var inBatch = [Bool](repeating: false, count: (jobs.compactMap { $0.plan.entryIndices.max() }.max() ?? -1) + 1)
        var articles: [Int] = []
        for job in jobs {
            let added = job.plan.entryIndices.reduce(0) { inBatch[$1] ? $0 : $0 + 1 }
            if !current.isEmpty && articles.count + added > maximumArticles {
                batches.append(current)
                current = []
                for article in articles { inBatch[article] = false }
                articles = []
            }
            current.append(job)
            for index in job.plan.entryIndices where !inBatch[index] {
                inBatch[index] = true
                articles.append(index)
            }
        }
        if !current.isEmpty { batches.append(current) }
        return batches
    }

    /// Per article some batch shows, the number of the last batch that shows it.
    static func lastBatch(showing batches: [[RenderJob]]) -> [Int: Int] {
        var last: [Int: Int] = [:]
        for (number, batch) in batches.enumerated() {
            for job in batch {
                for index in job.plan.entryIndices { last[index] = number }
            }
        }
        return last
    }

    /// `jobs` newest entry first (articles are indexed newest first), keeping their order among
    /// equals; jobs that show nothing last.
    static func byAge(_ jobs: [RenderJob]) -> [RenderJob] {
        let keys = jobs.map { $0.plan.entryIndices.min() ?? Int.max }
        return jobs.indices.sorted { keys[$0] != keys[$1] ? keys[$0] < keys[$1] : $0 < $1 }.map { jobs[$0] }
    }

    /// The most articles a batch shows: `articlesPerBatch`, `articlesPerArchiveBatch` when the
    /// site has archive pages, or `FEEDPUB_ARTICLES_PER_BATCH` (a positive number) so that tests
    /// can cross batches with a few articles.
    static func maximumArticlesPerBatch(archives: Bool) -> Int {
        getenv("FEEDPUB_ARTICLES_PER_BATCH").flatMap { Int(String(cString: $0)) }.flatMap { $0 > 0 ? $0 : nil }
            ?? (archives ? articlesPerArchiveBatch : articlesPerBatch)
    }
}
