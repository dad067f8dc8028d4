public import FeedModel

/// What pass 1 found: each listed file's outcome, the articles' summaries and the problems.
public struct ReadArticles {
    private(set) var listing: InputListing
    /// Every listed file's path, version and outcome, in listing order.
    private(set) var index: ArticleIndex
    /// Files read now rather than recalled from the cache.
    let readCount: Int
    /// The summaries of the published files, each with its index among `index.records` as
    /// `sourceIndex`: made when asked, as a copy of every summary kept for the whole run weighed
    /// hundreds of MB at a million articles.
    public var summaries: [ArticleSummary] { index.summaries }
    /// How many files are published articles.
    public let articleCount: Int
    /// The latest `publishedAt` of the articles, in seconds since the epoch; nil without any.
    let newestPublished: Int64?
    /// Per record, the position in the previous index of the record it recalls, -1 for a file
    /// read now (`ArticleIndex.recalled`); nil when not known: what a watch's catalog is updated by.
    var recalledFrom: [Int]?
    /// The listing's and the files' problems, in path order.
    public var problems: InputProblems

    init(listing: InputListing, index: ArticleIndex, readCount: Int, input: FolderPath) {
        self.listing = listing
        self.index = index
        self.readCount = readCount
        var count = 0, newest: Int64? = nil
        for position in index.records.indices {
            guard let published = index.records[position].publishedSeconds else { continue }
            count += 1
            newest = max(newest ?? .min, published)
        }
        (articleCount, newestPublished) = (count, newest)
        problems = InputProblems(listing: listing, records: index.records, in: input)
    }

    /// This pass without its listing and index: what a watch's run keeps until the next has
    /// published, when the watch keeps those itself (and the next rebuild moves files and
    /// records out of them).
    var withoutListingAndIndex: ReadArticles {
        var read = self
        read.listing = InputListing()
        read.index = ArticleIndex()
        return read
    }

    /// Files listed (read or recalled).
    public var fileCount: Int { listing.files.count }
}
