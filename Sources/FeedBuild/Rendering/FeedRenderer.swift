import FeedModel
import FeedXML

/// The rendering stage: the stale feed files and pages in batches of articles read again (pass
/// 2), each entry several feeds show rendered once per format, then the OPML lists and the HTML index.
struct FeedRenderer {
    let settings: BuildSettings
    let catalog: FeedCatalog
    /// Pass 1's index: the file versions the entries must still have.
    let index: ArticleIndex
    let publisher: Publisher
    /// A watch's entries from its recent rebuilds (`EntryMemory`), recalled by `entryKeys`.
    var memory: EntryMemory? = nil
    var entryKeys: EntryFingerprints? = nil

    /// The most articles a batch of files shows: holding every entry at once would grow memory
    /// with what the feeds show. An entry a later batch shows too is kept until then, so each
    /// article is still read once; but it is rendered again, once per format, in each batch
    /// that shows it. At 100,000 articles a plain build then holds about 11,000 of the 21,000
    /// entries it shows (about 4 KB each) and renders 26,700 entries per format, not 21,200.
    static let articlesPerBatch = 10_000
    /// The same with archive pages, which can show every article. A topic's or provider's page
    /// spans a long stretch of history, which small batches cut: at 100,000 articles with
    /// `--archive-page-size 100`, batches of 10,000 render 260,000 entries per format, batches
    /// of 50,000 136,000, for 99,500 articles.
    static let articlesPerArchiveBatch = 50_000

    /// Renders and stages `jobs` and the site documents of `site`'s feeds.
    func render(_ jobs: [RenderJob], site: SiteCatalog, previous: ArticleCache) throws(BuildFailure) -> RenderedFiles {
        var rendered = try renderFeeds(jobs)
        settings.progress?.wroteFeeds(Set(jobs.map(\.plan.directory)).count)
        rendered.entryCounts = rendered.entryCounts(of: site.documents, formats: settings.formats(of:), previous: previous)
        rendered.staged += try stageSiteDocuments(site.feeds, entryCounts: rendered.entryCounts, abandoningOnFailure: rendered.staged)
        return rendered
    }

    private func renderFeeds(_ jobs: [RenderJob]) throws(BuildFailure) -> RenderedFiles {
        var rendered = RenderedFiles()
        // An entry cut from the current page of an archived feed would be on no page at all.
        let byteLimit = settings.site.archivePageSize == nil ? settings.byteLimit : nil
        let maximumArticles = Self.maximumArticlesPerBatch(archives: settings.site.archivePageSize != nil)
        let batches = Self.batches(jobs, maximumArticles: maximumArticles)
        let lastUse = Self.lastBatch(showing: batches)
        // Entries a later batch shows too are kept for it rather than read again.
        var kept = EntriesKept()
        for (number, batch) in batches.enumerated() {
            let entries = loadEntries(for: batch, keeping: &kept, noting: &rendered)
            // One format at a time: an entry that several feeds show is rendered once per format
            // and reused; only one format's shared entries are held at once.
            for format in FeedFormat.allCases {
                let jobs = batch.filter { $0.format == format }
                guard !jobs.isEmpty else { continue }
                let shared = renderEntries(entries, for: jobs.map(\.plan), format: format)
                do {
                    rendered.append(try FeedRendering.render(jobs.map { job in
                        FeedRendering.Job(path: job.path, format: format, site: settings.site, header: job.plan.header,
                                          entries: job.plan.entryIndices.compactMap { index in
                                              shared[index].map(FeedRendering.Entry.rendered) ?? entries[index].map(FeedRendering.Entry.unrendered)
                                          },
                                          byteLimit: byteLimit)
                    }, into: publisher))
                } catch {
                    publisher.abandon(rendered.staged)
                    throw error
                }
            }
            do {
                rendered.append(try renderPages(batch, entries: entries))
            } catch {
                publisher.abandon(rendered.staged)
                throw error
            }
            kept.entries = entries.filter { lastUse[$0.key, default: number] > number }
        }
        // Each file's place looked up once: looked up in each comparison, hashing the paths
        // was 1 % of a build's instructions with archive pages.
        let order = Self.stagingOrder(jobs, maximumArticles: maximumArticles)
        let places = rendered.staged.map { order[$0.path, default: .max] }
        rendered.staged = places.indices.sorted { (places[$0], $0) < (places[$1], $1) }.map { rendered.staged[$0] }
        return rendered
    }

    /// The OPML lists and the HTML index, staged beside the feeds.
    private func stageSiteDocuments(_ feeds: [FeedPlan], entryCounts: [String: Int],
                                    abandoningOnFailure staged: [StagedDocument]) throws(BuildFailure) -> [StagedDocument] {
        let documents: [Publisher.Document]
        do {
            let formats = settings.formats
            documents = try SiteDocuments.render(feeds, site: settings.site, formats: Set(formats)) { plan in
                // Formats can be cut differently; the page promises no more than the smallest holds.
                settings.formats(of: plan).compactMap { entryCounts[FeedRendering.path(of: plan, $0)] }.min() ?? plan.entryIndices.count
            }
        } catch {
            publisher.abandon(staged)
            throw BuildFailure(.software, "libxml2 could not write the OPML lists or the HTML index")
        }
        var siteStaged: [StagedDocument] = []
        for document in documents {
            do {
                siteStaged.append(StagedDocument(path: document.path, staged: try publisher.stage(document.bytes, for: document.path)))
            } catch {
                publisher.abandon(staged + siteStaged)
                throw BuildFailure(error)
            }
        }
        return siteStaged
    }
}
