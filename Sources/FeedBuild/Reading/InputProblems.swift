public import FeedModel

/// Every problem with an input folder, in path order: what `build` prints and `check` reports.
public struct InputProblems {
    /// An error rejects the file; a warning is printed and the article published.
    public enum Severity: String { case error, warning }

    /// One problem of one file.
    public struct Problem: Equatable {
        /// The file's path as the user named its folder (`seeds/a.md`).
        public var path: String
        /// Whether the file was rejected.
        public var severity: Severity
        /// What is wrong, in one line.
        public var message: String

        /// The stderr line's text, after `feedpub: error: `.
        var line: String { "\(path): \(message)" }
        /// What a run remembers of it: `error: <line>` or `warning: <line>`.
        var key: String { "\(severity.rawValue): \(line)" }
    }

    /// Every problem, in the order printed.
    public private(set) var problems: [Problem] = []
    /// Files rejected: those with an error, and entries the listing skipped.
    private(set) var rejectedCount = 0

    /// The problems of a listing and of each listed file's outcome (`records`, in listing order).
    init(listing: InputListing, records: [ArticleIndex.Record], in input: FolderPath) {
        let display = input.display
        // Entries the listing skipped (links, unreadable folders) fall into place among the files.
        let skipped = listing.skipped.sorted { InputFolder.precedes($0.path, $1.path) }
        var nextSkipped = 0
        func addSkipped(before path: String?) {
            while nextSkipped < skipped.count, path.map({ InputFolder.precedes(skipped[nextSkipped].path, $0) }) ?? true {
                problems.append(Problem(path: display(skipped[nextSkipped].path), severity: .error, message: skipped[nextSkipped].reason))
                nextSkipped += 1
            }
        }
        rejectedCount = skipped.count
        // Each file looked at in place, its path taken only for a problem: a copy of every file
        // (`enumerated()`) retained and released a million paths' storage per watch rebuild.
        let files = listing.files
        for index in files.indices {
            if nextSkipped < skipped.count { addSkipped(before: files[index].path) }
            if !records[index].outcome.isArticle, let reason = records[index].outcome.failure {
                rejectedCount += 1
                problems.append(Problem(path: display(files[index].path), severity: .error, message: reason))
            }
            guard records[index].outcome.hasWarnings else { continue }
            for warning in records[index].outcome.warnings {
                problems.append(Problem(path: display(files[index].path), severity: .warning, message: warning))
            }
        }
        addSkipped(before: nil)
    }

    /// Adds the warnings for files sharing a URL, as the feed catalog found them.
    public mutating func addDuplicates(_ duplicates: [FeedCatalog.DuplicateURL], in input: FolderPath) {
        let display = input.display
        for duplicate in duplicates {
            let others = duplicate.mergedPaths.map(display).joined(separator: ", ")
            problems.append(Problem(path: display(duplicate.winnerPath), severity: .warning,
                                    message: "same URL as \(others); merged into one entry, this file's fields win (newest)"))
        }
    }

    /// Each problem as a run remembers it: its severity and its line, so that a changed message
    /// is a new problem.
    var keys: [String] { problems.map(\.key) }

    /// Prints each problem on stderr, one line each, from `index` on, but those in `known`
    /// (the keys of problems printed by the last run, for `--quiet`).
    public func print(from index: Int = 0, except known: Set<String> = []) {
        Self.print(problems[index...].filter { known.isEmpty || !known.contains($0.key) })
    }

    /// Prints `problems` on stderr, one line each.
    static func print(_ problems: [Problem]) {
        for problem in problems {
            switch problem.severity {
            case .error: Console.error(problem.line)
            case .warning: Console.warning(problem.line)
            }
        }
    }

}
