/// Pass 1: every listed file's outcome, from the cache when its version is unchanged and
/// settled, else read and parsed now (on all cores, keeping only the summary). `build` and
/// `check` both read through here.
public struct ArticleReading {
    let input: FolderPath
    var progress: ProgressLine? = nil

    /// Lists the input folder and reads every file, with no cache: what `check` sees.
    public static func read(_ input: String) throws(BuildFailure) -> ReadArticles {
        let folder = FolderPath(input)
        return ArticleReading(input: folder).read(try InputFolder(root: folder).list(), recalling: ArticleCache())
    }

    func read(_ listing: InputListing, recalling cache: ArticleCache) -> ReadArticles {
        let files = listing.files
        var inputs: [ArticleCache.Input?] = cache.matching(files)
        let toRead = files.indices.filter { inputs[$0] == nil }
        let progress = progress
        progress?.read(files.count - toRead.count)
        let outcomes = ArticleLoader(root: input).load(toRead.map { files[$0].path }) { _, result -> ArticleCache.Outcome in
            progress?.read(1)
            return ArticleCache.Outcome(result)
        }
        for (index, outcome) in zip(toRead, outcomes) {
            inputs[index] = ArticleCache.Input(path: files[index].path, version: files[index].version, isSettled: false, outcome: outcome)
        }
        return ReadArticles(listing: listing, inputs: inputs.map { $0! }, readCount: toRead.count, input: input)
    }
}
