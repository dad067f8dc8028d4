public import FeedModel

/// What pass 1 found: each listed file's outcome, the articles' summaries and the problems.
public struct ReadArticles {
    let listing: InputListing
    /// Every listed file's outcome, in listing order.
    let inputs: [ArticleCache.Input]
    /// Files read now rather than recalled from the cache.
    let readCount: Int
    /// The summaries of the published inputs, each with its index among `inputs` as `sourceIndex`.
    public let summaries: [ArticleSummary]
    /// The listing's and the files' problems, in path order.
    public var problems: InputProblems

    init(listing: InputListing, inputs: [ArticleCache.Input], readCount: Int, input: FolderPath) {
        self.listing = listing
        self.inputs = inputs
        self.readCount = readCount
        summaries = ArticleCache.summaries(of: inputs)
        problems = InputProblems(listing: listing, inputs: inputs, in: input)
    }

    /// Files listed (read or recalled).
    public var fileCount: Int { listing.files.count }
}
