import FeedModel
import FeedXML

/// Feeds to bytes, on all cores.
enum FeedRendering {
    struct Job {
        var path: String
        var format: FeedFormat
        var feed: Feed
    }

    static func render(_ jobs: [Job]) throws -> [Publisher.Document] {
        FeedFormat.prepareForConcurrentRendering()
        let rendered = Parallel.map(jobs) { job in try? job.format.render(job.feed) }
        return try zip(jobs, rendered).map { job, bytes in
            guard let bytes else {
                Console.error("libxml2 could not write the \(job.format.rawValue) feed '\(job.feed.title)'")
                throw ExitStatus.software
            }
            return Publisher.Document(path: job.path, bytes: bytes)
        }
    }

    /// Where a feed's file of `format` goes inside the output folder.
    static func path(of plan: FeedPlan, _ format: FeedFormat) -> String {
        plan.directory.isEmpty ? format.fileName : plan.directory + "/" + format.fileName
    }
}
