import FeedModel

/// Pass 1's product, and what the cache keeps of it: for every listed file, in listing order
/// (`InputFolder` order), its path, the version seen, and what reading it gave — the article's
/// summary and warnings, why it was rejected, or why it could not be read.
struct ArticleIndex {
    enum Outcome: Sendable {
        case article(ArticleSummary, warnings: [String])
        /// The file was read and refused: what it holds is wrong.
        case rejected(String)
        /// The file could not be read (opened, stat'ed, read): a cause outside the file's bytes,
        /// such as its permissions, that may be gone next run.
        case unreadable(String)

        /// What is kept of a file read now, with which of `keywords` occur in it.
        init(_ result: Result<ArticleDecoder.Decoded, ArticleLoader.Failure>, keywords: KeywordList = KeywordList()) {
            switch result {
            case let .success(decoded):
                var summary = decoded.article.summary(matching: keywords)
                // Identified here, in pass 1, so the cache keeps it: only for articles that declare none.
                if summary.language == nil {
                    summary.language = LanguageIdentifier.language(of: decoded.article.languageSample(findings: summary.cleaning))
                }
                self = .article(summary, warnings: decoded.warnings.map(\.message))
            case let .failure(.rejected(problem)): self = .rejected(problem.reason)
            case let .failure(.unreadable(reason)): self = .unreadable(reason)
            }
        }
    }

    struct Record {
        var path: String
        var version: FileVersion
        /// False when the file may change unseen ("racy" in git's terms: modified so close to
        /// the scan that a later change within the same clock tick would keep its version) or
        /// could not be read: then it is read again next run.
        var isSettled: Bool
        var outcome: Outcome { didSet { published = Self.published(outcome) } }
        /// The article's `publishedAt` in seconds since the epoch, `Int64.min` for a file that
        /// gave none: kept beside the outcome, as every run counts the articles and finds the
        /// newest over every record, and the summary's fields are a pointer away, on memory
        /// scattered over a gigabyte at a million articles (a fifth of a watch's rebuild).
        private var published: Int64

        init(path: String, version: FileVersion, isSettled: Bool, outcome: Outcome) {
            (self.path, self.version, self.isSettled, self.outcome) = (path, version, isSettled, outcome)
            published = Self.published(outcome)
        }

        /// The article's `publishedAt`, in seconds since the epoch; nil when the file gave none.
        var publishedSeconds: Int64? { published == .min ? nil : published }

        private static func published(_ outcome: Outcome) -> Int64 {
            if case let .article(summary, _) = outcome { summary.publishedAt.secondsSinceEpoch } else { .min }
        }
    }

    var records: [Record] = []
    /// The keyword list (`KeywordList.folded`) the summaries' `keywords` bits are positions in.
    var keywords: [String] = []

    /// The summaries of the published files, each with its index among `records` as `sourceIndex`.
    var summaries: [ArticleSummary] {
        records.indices.compactMap { index -> ArticleSummary? in
            guard case var .article(summary, _) = records[index].outcome else { return nil }
            summary.sourceIndex = index
            return summary
        }
    }

    /// For each file (in listing order), its record if it can be recalled instead of read: the
    /// same path and version, and settled (`settled[position]` when given, else the record's own
    /// flag), and its summary's keyword bits known for `keywords` (the same list, or one it only
    /// removed keywords from: the bits are then renumbered; an added keyword's matches are
    /// unknown, so the articles are read again). Both lists are in `InputFolder` order: one merge pass.
    func matching(_ files: [InputFolder.File], keywords: KeywordList = KeywordList(), settled: [Bool]? = nil) -> [Record?] {
        var previous = self
        let (records, toRead, _) = previous.recalled(files, keywords: keywords, settled: settled)
        var result = records.map { Optional($0) }
        for position in toRead { result[position] = nil }
        return result
    }

    /// `matching` as one records array, built once: each recalled record moved into place,
    /// and a placeholder (`Record.toRead`) at the positions to read, which `toRead` lists.
    /// `from`: per record, the position of the record it recalls (-1 for one to read); nil
    /// when the recalled summaries' keyword bits were renumbered, as then none is the same.
    ///
    /// The records recalled are moved out of this index, not copied: their places here are
    /// left vacant (`Record.vacant`), and those of files changed or gone keep their records,
    /// which is all a watch's catalog update looks at afterwards. A copy retained each
    /// record's path and summary, on memory scattered over a gigabyte at a million articles,
    /// and freeing the old records released them again: a third of a watch's rebuild. Moved
    /// out of an index that nothing else holds (the run's decoded cache, a watch's kept one),
    /// none of that is done; from a shared one, the first move copies the records once.
    mutating func recalled(_ files: [InputFolder.File], keywords: KeywordList, settled: [Bool]?) -> (records: [Record], toRead: [Int], from: [Int]?) {
        let positions = keywords.positions(in: self.keywords)
        let renumbers = positions != nil && self.keywords != keywords.folded
        var result: [Record] = []
        result.reserveCapacity(files.count)
        var toRead: [Int] = []
        var from: [Int] = []
        from.reserveCapacity(files.count)
        var next = 0
        let vacant = Record.vacant
        // Files are looked at in place, not copied (`enumerated()` retained and released every
        // path's storage): a watch's rebuild at 1,000,000 files does this for each.
        for index in files.indices {
            // Most files are the next record's, often the very string (a watch's listing): equality first.
            if next >= records.count || records[next].path != files[index].path {
                while next < records.count && InputFolder.precedes(records[next].path, files[index].path) { next += 1 }
            }
            let found = next < records.count && records[next].path == files[index].path
            if found, settled?[next] ?? records[next].isSettled, records[next].version == files[index].version,
               positions != nil || !records[next].outcome.isArticle {
                if renumbers {
                    result.append(records[next].renumbered(positions!))
                } else {
                    result.appendMoving(next..<next + 1, from: &records, leaving: vacant)
                }
                // The listing's own string, so that the next rebuild compares them as one
                // (already so in a watch after its first rebuild: then left alone).
                if !result[result.count - 1].path.isSameStorage(as: files[index].path) { result[result.count - 1].share(files[index].path) }
                from.append(next)
            } else {
                toRead.append(index)
                result.append(.toRead(files[index]))
                from.append(-1)
            }
            if found { next += 1 }
        }
        return (result, toRead, renumbers ? nil : from)
    }
}

extension ArticleIndex.Outcome {
    /// Whether the file gave an article. Each of these looks at the outcome in place: binding
    /// its payload from an array element copied every field of 100,000 summaries per run.
    var isArticle: Bool { if case .article = self { true } else { false } }

    /// Whether the file gave an article with warnings (most give none: only a scalar leaves,
    /// and the payload is not copied).
    var hasWarnings: Bool { if case let .article(_, warnings) = self { !warnings.isEmpty } else { false } }

    /// The article's warnings; none for a file that gave no article.
    var warnings: [String] { if case let .article(_, warnings) = self { warnings } else { [] } }

    /// Why the file gave no article (rejected or unreadable); nil for an article.
    var failure: String? {
        switch self {
        case .article: nil
        case let .rejected(reason), let .unreadable(reason): reason
        }
    }
}

extension ArticleIndex.Record {
    /// What a record moved out of an index leaves in its place: no path, and nothing to
    /// retain or release when copied or freed.
    static let vacant = ArticleIndex.Record(path: "", version: .zero, isSettled: false, outcome: .unreadable(""))

    /// This record's path, and its summary's, replaced by `path`, an equal string: the
    /// listing's, so that one string serves the listing, the record and the summary. The
    /// cache's own copies, held by the summaries alone, were 64 MB at a million articles.
    mutating func share(_ path: String) {
        self.path = path
        guard case .article(var summary, let warnings) = outcome, summary.sourcePath == path else { return }
        // Let go of by the record, the summary is held once and changed in place.
        outcome = .unreadable("")
        summary.sourcePath = path
        outcome = .article(summary, warnings: warnings)
    }

    /// A stand-in for `file` until it is read: unsettled, its outcome replaced by the read's.
    static func toRead(_ file: InputFolder.File) -> ArticleIndex.Record {
        ArticleIndex.Record(path: file.path, version: file.version, isSettled: false, outcome: .unreadable(""))
    }

    /// This record with its summary's keyword bits renumbered (`KeywordBits.remapped`).
    func renumbered(_ positions: [Int]) -> ArticleIndex.Record {
        guard case let .article(summary, warnings) = outcome else { return self }
        var record = self
        var renumbered = summary
        renumbered.keywords = summary.keywords.remapped(positions)
        record.outcome = .article(renumbered, warnings: warnings)
        return record
    }
}
