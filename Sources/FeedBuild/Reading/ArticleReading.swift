internal import FeedModel

/// Pass 1, to an `ArticleIndex`: every listed file's outcome, recalled from the previous index
/// when its version is unchanged and settled, else read and parsed now (on all cores, keeping only the summary). `build` and
/// `check` both read through here.
public struct ArticleReading {
    let input: FolderPath
    var progress: ProgressLine? = nil
    /// The custom feeds' keywords, matched in every article read (`ArticleSummary.keywords`).
    var keywords = KeywordList()
    /// How many files read again since the last run make its dropped records worth giving
    /// back to the kernel (`FreedMemory`).
    static let manyLeft = 10_000

    /// Lists the input folder and reads every file, with no cache: what `check` sees.
    public static func read(_ input: String) throws(BuildFailure) -> ReadArticles {
        let folder = FolderPath(input)
        return ArticleReading(input: folder).read(try InputFolder(root: folder).list(), recalling: ArticleIndex())
    }

    /// `settled`: each of `previous`'s records' settledness, when it differs from their own
    /// flags (`ArticleCache.settled`: a watch's kept cache).
    func read(_ listing: InputListing, recalling previous: ArticleIndex, settled: [Bool]? = nil) -> ReadArticles {
        var previous = previous
        return read(listing, recalling: &previous, settled: settled)
    }

    /// `read`, moving the records it recalls out of `previous` (`ArticleIndex.recalled`): a run
    /// that holds the only copy of the last index copies none of them. The records of files
    /// changed or gone are left in `previous` when `keepingUnrecalled` (a watch's catalog update
    /// reads them), else dropped before any file is read: when every file changed, they are a
    /// whole second set of summaries (some 500 MB at a million articles).
    func read(_ listing: InputListing, recalling previous: inout ArticleIndex, settled: [Bool]? = nil,
              keepingUnrecalled: Bool = true) -> ReadArticles {
        let files = listing.files
        // Built once, each recalled record copied in place: an array of optionals unwrapped into
        // another copied every record of 100,000 twice per rebuild.
        var (records, toRead, from) = previous.recalled(files, keywords: keywords, settled: settled)
        if !keepingUnrecalled && !previous.records.isEmpty {
            previous.records = []
            // What was left is about the files read now (changed since): when that is many, a
            // whole second set of summaries, freed where the files' new ones cannot reuse it.
            if toRead.count >= Self.manyLeft { FreedMemory.giveBack() }
        }
        let progress = progress, keywords = keywords, shared = SharedStringsLock()
        progress?.read(files.count - toRead.count)
        let outcomes = ArticleLoader(root: input).load(toRead.map { files[$0].path }) { _, result -> ArticleIndex.Outcome in
            progress?.read(1)
            return shared.share(ArticleIndex.Outcome(result, keywords: keywords))
        }
        for (index, outcome) in zip(toRead, outcomes) { records[index].outcome = outcome }
        var read = ReadArticles(listing: listing, index: ArticleIndex(records: records, keywords: keywords.folded), readCount: toRead.count, input: input)
        read.recalledFrom = from
        return read
    }
}
