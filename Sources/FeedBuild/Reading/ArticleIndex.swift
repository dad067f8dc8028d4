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

        /// What is kept of a file read now; `keepingText`: with the article's text (`ArticleSummary.text`).
        init(_ result: Result<ArticleDecoder.Decoded, ArticleLoader.Failure>, keepingText: Bool = false) {
            switch result {
            case let .success(decoded):
                var summary = decoded.article.summary(keepingText: keepingText)
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
        var outcome: Outcome
    }

    var records: [Record] = []

    /// The summaries of the published files, each with its index among `records` as `sourceIndex`.
    var summaries: [ArticleSummary] {
        records.indices.compactMap { index -> ArticleSummary? in
            guard case var .article(summary, _) = records[index].outcome else { return nil }
            summary.sourceIndex = index
            return summary
        }
    }

    /// For each file (in listing order), its record if it can be recalled instead of read: the
    /// same path and version, and settled, and its text kept when `keepingText` (a summary
    /// without it is read again; one with it loses it when no longer needed). Both lists are in
    /// `InputFolder` order: one merge pass.
    func matching(_ files: [InputFolder.File], keepingText: Bool = false) -> [Record?] {
        var result = [Record?](repeating: nil, count: files.count)
        var next = 0
        for (index, file) in files.enumerated() {
            while next < records.count && InputFolder.precedes(records[next].path, file.path) { next += 1 }
            guard next < records.count, records[next].path == file.path else { continue }
            if records[next].isSettled && records[next].version == file.version { result[index] = records[next].keepingText(keepingText) }
            next += 1
        }
        return result
    }
}

extension ArticleIndex.Record {
    /// This record when its summary's text is kept as asked (the text dropped when not asked for);
    /// nil when the text is asked for and missing, so that the file is read again.
    func keepingText(_ keepingText: Bool) -> ArticleIndex.Record? {
        guard case let .article(summary, warnings) = outcome, (summary.text != nil) != keepingText else { return self }
        guard !keepingText else { return nil }
        var record = self
        var plain = summary
        plain.text = nil
        record.outcome = .article(plain, warnings: warnings)
        return record
    }
}
