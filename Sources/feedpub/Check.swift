import ArgumentParser
import FeedBuild
import FeedModel
import Foundation

/// `feedpub check`: every problem a build would report, for a content repository's CI; writes nothing.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read the articles and report every problem, as a build would; write nothing.",
        discussion: """
        Reads the input folder (and the configuration file, when there is one) and prints every \
        error and warning a build would print, then one summary line. Writes no feed, no cache \
        and no other file. Exit status: 0 no errors (warnings allowed, unless --strict); 65 \
        problems found; 64 usage or configuration error; 66 input folder missing.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Option(name: .long, help: ArgumentHelp("Folder of articles, read recursively.", valueName: "dir"))
    var input = "seeds"

    @Option(name: .long, help: ArgumentHelp("Configuration file (default: feedpub.yml in the current folder, when there is one); checked too.", valueName: "path"))
    var config: String?

    @Option(name: .long, help: ArgumentHelp("text: problems on stderr, one line each, and a summary on stdout; json: one JSON document on stdout (see README).", valueName: "format"))
    var format = Format.text

    @Flag(name: .long, help: "Exit 65 on warnings too, not only on errors.")
    var strict = false

    @Flag(name: .long, help: "Print only problems; no summary line (text format).")
    var quiet = false

    func run() throws {
        try FailureExit.run { () throws(BuildFailure) -> ExitStatus in
            let configuration = try ConfigurationFile.load(explicit: config)
            var read = try ArticleReading.read(input)
            let included = configuration.rules.apply(to: read.summaries).kept
            read.problems.addDuplicates(FeedCatalog(summaries: included, site: SiteConfiguration()).duplicates, in: FolderPath(input))
            let problems = read.problems.problems
            let errors = problems.filter { $0.severity == .error }.count
            let warnings = problems.count - errors
            switch format {
            case .text:
                read.problems.print()
                if !quiet { Console.standardOutput(summaryLine(read, errors: errors, warnings: warnings)) }
            case .json:
                try printJSON(read, errors: errors, warnings: warnings, cleaning: configuration.cleaning.tally(included))
            }
            return errors > 0 || (strict && warnings > 0) ? .dataError : .ok
        }
    }

    private func summaryLine(_ read: ReadArticles, errors: Int, warnings: Int) -> String {
        let (files, articles) = (read.fileCount, read.summaries.count)
        return "feedpub check: \(files) file\(files == 1 ? "" : "s"), \(articles) article\(articles == 1 ? "" : "s"), "
            + "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
    }

    private func printJSON(_ read: ReadArticles, errors: Int, warnings: Int, cleaning: CleaningRules.Tally) throws(BuildFailure) {
        let document: [String: Any] = [
            "check_version": 1,
            "input": input,
            "files": read.fileCount,
            "articles": read.summaries.count,
            "errors": errors,
            "warnings": warnings,
            "cleaned": ["titles": cleaning.titles, "summaries": cleaning.summaries],
            "problems": read.problems.problems.map { ["path": $0.path, "severity": $0.severity.rawValue, "message": $0.message] },
        ]
        guard let data = try? JSONSerialization.data(withJSONObject: document, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]) else {
            throw BuildFailure(.software, "the check report could not be encoded")
        }
        Console.standardOutput(String(decoding: data, as: UTF8.self))
    }
}
