import FeedModel
import FeedProfiles
import FeedXML

/// Feeds to bytes to staged files, on all cores: each document is handed to the publisher
/// as soon as it is rendered, so memory holds a few documents at a time, not all of them.
enum FeedRendering {
    struct Job {
        var path: String
        var format: FeedFormat
        var site: SiteConfiguration
        var header: FeedHeader
        /// The feed's entries, in order.
        var entries: [Entry]
        /// Largest file size (`bytes_per_feed`); the oldest entries are dropped to fit.
        var byteLimit: Int? = nil
    }

    /// An entry rendered already, because several feeds show it, or to render for this feed only.
    enum Entry {
        case rendered([UInt8])
        case unrendered(FeedEntry)
    }

    /// A feed file's entries and size, for the report.
    struct Size {
        var entries: Int
        var bytes: Int
    }

    private enum Outcome {
        case staged(Publisher.Staged, Size, [ProfileFinding])
        case renderFailed
        case writeFailed(OutputFolder.Failure)
    }

    /// Renders and stages every job; on a failure, drops what was staged and throws the first.
    static func render(_ jobs: [Job], into publisher: Publisher) throws(BuildFailure) -> RenderedFiles {
        FeedFormat.prepareForConcurrentRendering()
        let outcomes = Parallel.map(jobs) { job -> Outcome in
            guard let rendered = try? renderedEntries(of: job), let (bytes, entries) = try? job.renderFitting(rendered) else {
                return .renderFailed
            }
            let isArchivePage = job.header.archive?.isPage == true
            switch Result(catching: { () throws(OutputFolder.Failure) in try publisher.stage(bytes, for: job.path, rarelyRead: isArchivePage) }) {
            case let .success(staged): return .staged(staged, Size(entries: entries, bytes: bytes.count), job.profileFindings(in: bytes))
            case let .failure(error): return .writeFailed(error)
            }
        }
        var rendered = RenderedFiles()
        var failure: BuildFailure?
        for (job, outcome) in zip(jobs, outcomes) {
            switch outcome {
            case let .staged(result, size, findings):
                rendered.staged.append(StagedDocument(path: job.path, staged: result))
                rendered.sizes[job.path] = size
                rendered.profileFindings[job.path] = findings
            case .renderFailed:
                failure = failure ?? BuildFailure(.software, "could not write the \(job.format.rawValue) feed '\(job.header.title)'")
            case let .writeFailed(error):
                failure = failure ?? BuildFailure(error)
            }
        }
        if let failure {
            publisher.abandon(rendered.staged)
            throw failure
        }
        return rendered
    }

    /// The job's entries, all rendered: those not rendered yet in one go, then put in place.
    private static func renderedEntries(of job: Job) throws -> [[UInt8]] {
        let unrendered = job.entries.compactMap { if case let .unrendered(entry) = $0 { entry } else { nil } }
        var fresh = try job.format.writer(site: job.site).renderEntries(unrendered).makeIterator()
        return job.entries.map { entry in
            switch entry {
            case let .rendered(bytes): return bytes
            case .unrendered: return fresh.next()!
            }
        }
    }

    /// Where a feed's file of `format` goes inside the output folder.
    static func path(of plan: FeedPlan, _ format: FeedFormat) -> String {
        plan.header.path(of: format)
    }
}
