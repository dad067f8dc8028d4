import FeedModel

/// One feed file to render this run: the feed (or archive page), the format, and its path in the output folder.
struct RenderJob {
    var plan: FeedPlan
    var format: FeedFormat
    var path: String
}
