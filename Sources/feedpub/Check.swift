import ArgumentParser
import FeedBuild
import FeedModel
import FeedProfiles
import Foundation

/// `feedpub check`: every problem a build would report, for a content repository's CI; writes nothing.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read the articles and report every problem, as a build would; write nothing.",
        discussion: """
        Reads the input folder (and the configuration file, when there is one) and prints every \
        error and warning a build would print, then one summary line. Writes no feed, no cache \
        and no other file. With --profile, also checks the feeds published in the output folder \
        against a partner's feed requirements (google-news, apple-news, flipboard, feedburner), \
        one warning per rule a feed breaks. Exit status: 0 no errors (warnings allowed, unless \
        --strict); 65 problems found; 64 usage or configuration error; 66 input folder (or, with \
        --profile, published feeds) missing.
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

    @Option(name: .long, help: ArgumentHelp("Also check the published feeds against a partner's feed requirements: google-news, apple-news, flipboard or feedburner (docs/partner-profiles.md).", valueName: "name"))
    var profile: PartnerProfileName?

    @Option(name: .long, help: ArgumentHelp("The published output folder --profile checks.", valueName: "dir"))
    var output = "feeds"

    @Flag(name: .long, help: "Exit 65 on warnings too (and, with --profile, on any rule a feed breaks), not only on errors.")
    var strict = false

    @Flag(name: .long, help: "Print only problems; no summary line (text format).")
    var quiet = false

    func run() throws {
        try FailureExit.run { () throws(BuildFailure) -> ExitStatus in
            let configuration = try ConfigurationFile.load(explicit: config)
            var read = try ArticleReading.read(input)
            let included = configuration.rules.apply(to: read.summaries).kept
            read.problems.addDuplicates(FeedCatalog(summaries: included, site: SiteConfiguration()).duplicates, in: FolderPath(input))
            let published = try profile.map { name throws(BuildFailure) in try PublishedProfileCheck(PartnerProfile.named(name), output: output) }
            let problems = read.problems.problems
            let errors = problems.filter { $0.severity == .error }.count
            let warnings = problems.count - errors + (published?.findings.count ?? 0)
            switch format {
            case .text:
                read.problems.print()
                for finding in published?.findings ?? [] { Console.warning(finding.line) }
                if !quiet { Console.standardOutput(summaryLine(read, errors: errors, warnings: warnings) + profileSummary(published)) }
            case .json:
                try printJSON(read, errors: errors, warnings: warnings, cleaning: configuration.cleaning.tally(included), published: published)
            }
            return errors > 0 || (strict && warnings > 0) ? .dataError : .ok
        }
    }

    private func summaryLine(_ read: ReadArticles, errors: Int, warnings: Int) -> String {
        let (files, articles) = (read.fileCount, read.summaries.count)
        return "feedpub check: \(files) file\(files == 1 ? "" : "s"), \(articles) article\(articles == 1 ? "" : "s"), "
            + "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
    }

    /// `; google-news: 12 feed files checked, 2 rules broken`, after the summary line, with --profile.
    private func profileSummary(_ published: PublishedProfileCheck?) -> String {
        guard let published, let profile else { return "" }
        let (files, broken) = (published.checked.count, published.findings.count)
        return "; \(profile.rawValue): \(files) feed file\(files == 1 ? "" : "s") checked, \(broken) rule\(broken == 1 ? "" : "s") broken"
    }

    private func printJSON(_ read: ReadArticles, errors: Int, warnings: Int, cleaning: CleaningRules.Tally,
                           published: PublishedProfileCheck?) throws(BuildFailure) {
        var document: [String: Any] = [
            "check_version": 1,
            "input": input,
            "files": read.fileCount,
            "articles": read.summaries.count,
            "errors": errors,
            "warnings": warnings,
            "cleaned": ["titles": cleaning.titles, "summaries": cleaning.summaries],
            "problems": read.problems.problems.map { ["path": $0.path, "severity": $0.severity.rawValue, "message": $0.message] },
        ]
        if let published, let profile {
            document["profile"] = ["name": profile.rawValue, "output": output, "checked": published.checked,
                                   "findings": published.findings.map(\.json)]
        }
        guard let data = try? JSONSerialization.data(withJSONObject: document, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]) else {
            throw BuildFailure(.software, "the check report could not be encoded")
        }
        Console.standardOutput(String(decoding: data, as: UTF8.self))
    }
}
