import FeedModel
import FeedXML

/// One file to render this run: a feed file (or archive page) in one format, or a feed's HTML
/// page, and its path in the output folder.
struct RenderJob {
    var plan: FeedPlan
    /// Nil for the feed's page.
    var format: FeedFormat?
    var path: String

    /// A page job's plan keeps only the entries the page shows: pass 2 reads no more.
    init(plan: FeedPlan, format: FeedFormat?, path: String) {
        var plan = plan
        if format == nil { plan.entryIndices = Array(plan.entryIndices.prefix(FeedPageWriter.entryLimit)) }
        self.plan = plan
        self.format = format
        self.path = path
    }
}
