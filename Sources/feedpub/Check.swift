import ArgumentParser
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
        let configuration = try ConfigurationFile.load(explicit: config)
        let listing = try InputFolder(root: input).listOrExit()
        let outcomes = ArticleLoader(root: input).load(listing.files.map(\.path)) { _, result in ArticleCache.Outcome(result) }
        let inputs = zip(listing.files, outcomes).map { file, outcome in
            ArticleCache.Input(path: file.path, version: file.version, isSettled: false, outcome: outcome)
        }
        let root = input
        let display = { (relative: String) in DisplayPath.of(relative, in: root) }
        var problems = InputProblems(listing: listing, inputs: inputs, display: display)
        let summaries = ArticleCache.summaries(of: inputs)
        let included = configuration.rules.apply(to: summaries).kept
        problems.addDuplicates(FeedCatalog(summaries: included, site: SiteConfiguration()).duplicates, display: display)

        let errors = problems.problems.filter { $0.severity == .error }.count
        let warnings = problems.problems.count - errors
        switch format {
        case .text:
            problems.print()
            if !quiet {
                Console.standardOutput("feedpub check: \(listing.files.count) file\(listing.files.count == 1 ? "" : "s"), "
                    + "\(summaries.count) article\(summaries.count == 1 ? "" : "s"), \(errors) error\(errors == 1 ? "" : "s"), "
                    + "\(warnings) warning\(warnings == 1 ? "" : "s")")
            }
        case .json:
            let document: [String: Any] = [
                "check_version": 1,
                "input": input,
                "files": listing.files.count,
                "articles": summaries.count,
                "errors": errors,
                "warnings": warnings,
                "problems": problems.problems.map { ["path": $0.path, "severity": $0.severity.rawValue, "message": $0.message] },
            ]
            let data = try JSONSerialization.data(withJSONObject: document, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
            Console.standardOutput(String(decoding: data, as: UTF8.self))
        }
        if errors > 0 || (strict && warnings > 0) { throw ExitStatus.dataError }
    }
}
