import FeedModel
import FeedXML

extension FeedRenderer {
    /// The feeds' pages among `jobs`, rendered from the batch's `entries` (read once for the
    /// feed files and the pages) and staged, on all cores; on a failure, drops what was staged.
    func renderPages(_ jobs: [RenderJob], entries: [Int: FeedEntry]) throws(BuildFailure) -> RenderedFiles {
        let pages = jobs.filter { $0.format == nil }
        guard !pages.isEmpty else { return RenderedFiles() }
        FeedFormat.prepareForConcurrentRendering()
        let site = settings.site
        let settings = settings
        let outcomes = Parallel.map(pages) { job -> Result<Publisher.Staged, BuildFailure> in
            let shown = job.plan.entryIndices.compactMap { entries[$0] }
            let formats = Set(settings.formats(of: job.plan))
            guard let bytes = try? FeedPageWriter().render(job.plan.header, entries: shown, formats: formats,
                                                           siteTitle: site.title, siteIndexURL: site.url("index.html")) else {
                return .failure(BuildFailure(.software, "libxml2 could not write the page of the feed '\(job.plan.title)'"))
            }
            return Result { () throws(OutputFolder.Failure) in try publisher.stage(bytes, for: job.path) }.mapError(BuildFailure.init)
        }
        var rendered = RenderedFiles()
        var failure: BuildFailure?
        for (job, outcome) in zip(pages, outcomes) {
            switch outcome {
            case let .success(staged): rendered.staged.append(StagedDocument(path: job.path, staged: staged))
            case let .failure(error): failure = failure ?? error
            }
        }
        if let failure {
            publisher.abandon(rendered.staged)
            throw failure
        }
        return rendered
    }
}
