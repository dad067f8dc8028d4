import FeedModel

/// What earlier runs learnt, so that an unchanged cron run neither re-reads nor re-parses.
///
/// For every input file, keyed by its `FileVersion` (path, size, mtime in ns, inode): the
/// article's summary and warnings, or why it was rejected. For every output file: the
/// fingerprint of what it was rendered from, and the version of the file written. Stored
/// outside the published folder, in one file written atomically; a missing, unreadable or
/// foreign cache is ignored, so deleting it only makes the next run a cold one with the same
/// output. A different feedpub binary discards it, as its output may differ.
struct ArticleCache {
    enum Outcome: Sendable {
        case article(ArticleSummary, warnings: [String])
        case rejected(String)

        /// What is kept of a file read now: its summary and warnings, or why it was rejected.
        init(_ result: Result<ArticleDecoder.Decoded, ArticleProblem>) {
            switch result {
            case let .success(decoded): self = .article(decoded.article.summary, warnings: decoded.warnings.map(\.message))
            case let .failure(problem): self = .rejected(problem.reason)
            }
        }
    }

    /// The summaries of the published inputs, each with its index among `inputs` as `sourceIndex`.
    static func summaries(of inputs: [Input]) -> [ArticleSummary] {
        inputs.indices.compactMap { index -> ArticleSummary? in
            guard case var .article(summary, _) = inputs[index].outcome else { return nil }
            summary.sourceIndex = index
            return summary
        }
    }

    struct Input {
        var path: String
        var version: FileVersion
        /// False when the file was modified so close to the scan that a later change within
        /// the same clock tick could go unseen ("racy" in git's terms): then it is re-read.
        var isSettled: Bool
        var outcome: Outcome
    }

    struct Output: Equatable {
        var fingerprint: UInt64
        var version: FileVersion
        /// Entries in the file as written (fewer than planned when `bytes_per_feed` cut it), for the report.
        var entries = 0
    }

    /// In listing order (`InputFolder` order), so a run matches them to its files in one pass.
    var inputs: [Input] = []
    var outputs: [String: Output] = [:]
    /// Feed files the WebSub hub was not told of (hub down, deadline): announced by the next run.
    var unannounced: [String] = []

    init() {}

    /// For each file (in listing order), the cached input if it is still valid: the same
    /// path and version, and settled. Both lists are in `InputFolder` order: one merge pass.
    func matching(_ files: [InputFolder.File]) -> [Input?] {
        var result = [Input?](repeating: nil, count: files.count)
        var next = 0
        for (index, file) in files.enumerated() {
            while next < inputs.count && InputFolder.precedes(inputs[next].path, file.path) { next += 1 }
            guard next < inputs.count, inputs[next].path == file.path else { continue }
            if inputs[next].isSettled && inputs[next].version == file.version { result[index] = inputs[next] }
            next += 1
        }
        return result
    }
}
