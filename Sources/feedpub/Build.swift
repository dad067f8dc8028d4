import ArgumentParser
import FeedBuild
import FeedModel
import Foundation

/// `feedpub build`: the main job, seeds/ → feeds/.
struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read the articles and write every feed (the default command).",
        usage: """
        feedpub [build] [--input <dir>] [--output <dir>] [--config <path>] [--report <file>]
                        [--base-url <url>] [--limit <n>] [--title <text>] [--language <tag>]
                        [--archive-page-size <n>] [--hub <url>]
                        [--dry-run] [--quiet] [--lock-wait <seconds>] [--cache <dir>] [--no-cache]
        """
    )

    @Option(name: .long, help: ArgumentHelp("Folder of articles, read recursively.", valueName: "dir"))
    var input = "seeds"

    @Option(name: .long, help: ArgumentHelp("Folder the feeds are written into.", valueName: "dir"))
    var output = "feeds"

    @Option(name: .long, help: ArgumentHelp("Configuration file (default: feedpub.yml in the current folder, when there is one). Options given here override it.", valueName: "path"))
    var config: String?

    @Option(name: .customLong("base-url"),
            help: ArgumentHelp("Absolute http(s) URL where the output folder is served; every link in a feed starts with it (default: \(SiteConfiguration.defaultBaseURL)).", valueName: "url"))
    var baseURL: String?

    @Option(name: .long, help: ArgumentHelp("Newest entries kept in each feed (1-10000; default: \(SiteConfiguration.defaultEntryLimit)).", valueName: "n"))
    var limit: Int?

    @Option(name: .long, help: ArgumentHelp("Site title, appended to every feed title after a dash (default: \(SiteConfiguration.defaultTitle)).", valueName: "text"))
    var title: String?

    @Option(name: .long, help: ArgumentHelp("Language of every feed as a BCP 47 tag (\"en\", \"hi-IN\"); without it, a feed declares the language of 80 % of its entries, if any.", valueName: "tag"))
    var language: String?

    @Option(name: .customLong("archive-page-size"),
            help: ArgumentHelp("Keep every entry: the ones past --limit go into RFC 5005 archive pages of this many entries (1-10000), linked from each feed. Off when not given.", valueName: "n"))
    var archivePageSize: Int?

    @Option(name: .long, help: ArgumentHelp("WebSub hub: every feed links to it (rel=\"hub\") and, after a run that changed feeds, the hub is told which (a warning, not a failure, when it cannot be reached).", valueName: "url"))
    var hub: String?

    @Flag(name: .customLong("dry-run"), help: "Report what would be created, updated and removed; write nothing.")
    var dryRun = false

    @Flag(name: .long, help: "No summary line, and only problems the last run did not print (errors and warnings on stderr); the exit status still tells.")
    var quiet = false

    @Option(name: .customLong("lock-wait"),
            help: ArgumentHelp("Seconds to wait for another run on the same output folder before exiting 75.", valueName: "seconds"))
    var lockWait = 10

    @Option(name: .long, help: ArgumentHelp("Folder for the cache of parsed articles (default: $XDG_CACHE_HOME/feedpub or ~/.cache/feedpub). Never inside the output folder.", valueName: "dir"))
    var cache: String?

    @Flag(name: .customLong("no-cache"), help: "Neither read nor write the cache: read and render everything.")
    var noCache = false

    @Option(name: .long, help: ArgumentHelp("Write a JSON report of the run (feeds, rejected files, exclusions, timings) to this file, atomically; never inside the output folder.", valueName: "file"))
    var report: String?

    func validate() throws {
        _ = try siteSettings()
        guard (0...3600).contains(lockWait) else { throw ValidationError("--lock-wait must be between 0 and 3600 seconds") }
        if let cache, FolderPath(output).contains(cache) {
            throw ValidationError("--cache must not be inside the output folder (it would be published): '\(cache)'")
        }
        // Output inside the input is harmless (no feed file is an article); the other way round,
        // the input would be published and feedpub could remove it as a stale file.
        if FolderPath(output).contains(input) {
            throw ValidationError("--input must not be the output folder or inside it: '\(input)', '\(output)'")
        }
    }

    /// The site's options as their types, checked in the order their messages have always come
    /// (`--title` and `--report` among them).
    func siteSettings() throws(ValidationError) -> SiteSettings {
        let baseURL = try Self.option("--base-url", baseURL, SiteConfiguration.BaseURL.init)
        let limit = try Self.option("--limit", limit, SiteConfiguration.checkedEntryCount)
        if let title, title.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { throw ValidationError("--title must not be empty") }
        if let report, report.isEmpty || report.hasSuffix("/") || FolderPath(output).contains(report) {
            throw ValidationError("--report must name a file outside the output folder: '\(report)'")
        }
        let hub = try Self.option("--hub", hub, SiteConfiguration.HubURL.init)
        let archivePageSize = try Self.option("--archive-page-size", archivePageSize, SiteConfiguration.checkedEntryCount)
        let language = try Self.option("--language", language, SiteConfiguration.LanguageTag.init)
        return SiteSettings(baseURL: baseURL, title: title, language: language, limit: limit, hub: hub, archivePageSize: archivePageSize)
    }

    /// An option's value made into its type, whose initialiser words the rule; the option's name prefixes the message.
    private static func option<Value, Setting>(_ name: String, _ value: Value?,
                                               _ make: (Value) throws(SiteConfiguration.InvalidSetting) -> Setting) throws(ValidationError) -> Setting? {
        guard let value else { return nil }
        do {
            return try make(value)
        } catch {
            throw ValidationError(error.message(naming: name))
        }
    }

    private func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }

    func run() throws {
        // validate() has checked every option already, so this cannot throw.
        let siteOptions = try siteSettings()
        let progress = ProgressLine.forTerminal(quiet: quiet)
        try FailureExit.run(finishing: progress) { () throws(BuildFailure) -> ExitStatus in
            let clock = Stopwatch()
            let settings = try settings(siteOptions, progress: progress)
            let summary = try BuildEngine(settings).run()
            if dryRun { printDryRun(summary.changes) }
            if !quiet { Console.standardOutput(summaryLine(summary, rules: settings.configuration.rules, clock: clock)) }
            if let report {
                try BuildReport(input: input, output: output, dryRun: dryRun).write(summary, exitStatus: summary.status, to: report)
            }
            return summary.status
        }
    }

    /// The build's settings: `feedpub.yml` (or `--config`) read now, the options laid over it.
    /// `feedpub watch` calls it again each time the file changes.
    func settings(_ siteOptions: SiteSettings, progress: ProgressLine?) throws(BuildFailure) -> BuildSettings {
        let configuration = try ConfigurationFile.load(explicit: config)
        var settings = BuildSettings(input: input, output: output, site: siteOptions.site(with: configuration), configuration: configuration,
                                     cacheDirectory: cache, useCache: !noCache, lockWait: lockWait, dryRun: dryRun,
                                     progress: progress, collectsReport: report != nil)
        settings.printsOnlyNewProblems = quiet
        return settings
    }

    private func printDryRun(_ changes: PublishedChanges) {
        for path in changes.created { Console.standardOutput("would create \(output)/\(path)") }
        for path in changes.updated { Console.standardOutput("would update \(output)/\(path)") }
        for path in changes.removed { Console.standardOutput("would remove \(output)/\(path)") }
    }

    /// `feedpub: 12 feeds, 40 files, 3 changed, 0 removed; 90 articles read, 0 files rejected; 0.42 s`.
    private func summaryLine(_ summary: BuildSummary, rules: InclusionRules, clock: Stopwatch) -> String {
        let changes = summary.changes
        let would = dryRun ? "would be " : ""
        let rejected = summary.rejected == 1 ? "1 file rejected" : "\(summary.rejected) files rejected"
        let excluded = rules.isEmpty ? "" : "; " + ExclusionText.summary(summary.exclusions, rules: rules)
        return "feedpub: \(count(summary.feeds, "feed")), \(count(summary.files, "file")), \(changes.changedCount) \(would)changed, "
            + "\(changes.removed.count) \(would)removed; \(count(summary.articles, "article")) read, \(rejected)\(excluded)"
            + ExclusionText.cleaning(summary.cleaning) + "; \(clock.elapsedText)"
    }
}
