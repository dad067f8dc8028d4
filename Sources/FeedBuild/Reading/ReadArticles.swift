public import FeedModel

/// What pass 1 found: each listed file's outcome, the articles' summaries and the problems.
public struct ReadArticles {
    let listing: InputListing
    /// Every listed file's path, version and outcome, in listing order.
    let index: ArticleIndex
    /// Files read now rather than recalled from the cache.
    let readCount: Int
    /// The summaries of the published files, each with its index among `index.records` as `sourceIndex`.
    public let summaries: [ArticleSummary]
    /// The listing's and the files' problems, in path order.
    public var problems: InputProblems

    init(listing: InputListing, index: ArticleIndex, readCount: Int, input: FolderPath) {
        self.listing = listing
        self.index = index
        self.readCount = readCount
        summaries = index.summaries
        problems = InputProblems(listing: listing, records: index.records, in: input)
    }

    /// Files listed (read or recalled).
    public var fileCount: Int { listing.files.count }
}
