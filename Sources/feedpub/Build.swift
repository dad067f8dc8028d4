import ArgumentParser
import Foundation
import FeedModel
import FeedXML

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

    @Option(name: .long, help: ArgumentHelp("Language of the feeds as a BCP 47 tag (\"en\", \"hi-IN\"); left out when not given.", valueName: "tag"))
    var language: String?

    @Option(name: .customLong("archive-page-size"),
            help: ArgumentHelp("Keep every entry: the ones past --limit go into RFC 5005 archive pages of this many entries (1-10000), linked from each feed. Off when not given.", valueName: "n"))
    var archivePageSize: Int?

    @Option(name: .long, help: ArgumentHelp("WebSub hub: every feed links to it (rel=\"hub\") and, after a run that changed feeds, the hub is told which (a warning, not a failure, when it cannot be reached).", valueName: "url"))
    var hub: String?

    @Flag(name: .customLong("dry-run"), help: "Report what would be created, updated and removed; write nothing.")
    var dryRun = false

    @Flag(name: .long, help: "Print only problems (errors and warnings on stderr); no summary line.")
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
        if let baseURL {
            guard CanonicalURL.http(baseURL) != nil, !baseURL.contains("?"), !baseURL.contains("#") else {
                throw ValidationError("--base-url must be an absolute http or https URL without query or fragment, not '\(baseURL)'")
            }
        }
        if let limit, !(1...10_000).contains(limit) { throw ValidationError("--limit must be between 1 and 10000, not \(limit)") }
        if let title, title.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { throw ValidationError("--title must not be empty") }
        if let report, report.isEmpty || report.hasSuffix("/") || Self.isInside(report, output) {
            throw ValidationError("--report must name a file outside the output folder: '\(report)'")
        }
        if let hub, CanonicalURL.http(hub) == nil || hub.contains("#") {
            throw ValidationError("--hub must be an absolute http or https URL without fragment, not '\(hub)'")
        }
        if let archivePageSize, !(1...10_000).contains(archivePageSize) {
            throw ValidationError("--archive-page-size must be between 1 and 10000, not \(archivePageSize)")
        }
        if let language, !SiteConfiguration.isLanguageTag(language) {
            throw ValidationError("--language must be a BCP 47 tag such as 'en' or 'pt-BR', not '\(language)'")
        }
        guard (0...3600).contains(lockWait) else { throw ValidationError("--lock-wait must be between 0 and 3600 seconds") }
        if let cache, Self.isInside(cache, output) {
            throw ValidationError("--cache must not be inside the output folder (it would be published): '\(cache)'")
        }
        // Output inside the input is harmless (no feed file is an article); the other way round,
        // the input would be published and feedpub could remove it as a stale file.
        if Self.isInside(input, output) {
            throw ValidationError("--input must not be the output folder or inside it: '\(input)', '\(output)'")
        }
    }

    /// Pings the hub for every feed file this run created or updated.
    private func notifyHub(_ hubURL: String, site: SiteConfiguration, changes: Publisher.Changes) {
        let feedFiles = Set(FeedFormat.allCases.map(\.fileName))
        // Subscribers subscribe to the feeds, not to archive pages: only the feeds are announced.
        let changed = (changes.created + changes.updated).filter { path in
            let parts = path.split(separator: "/")
            return feedFiles.contains(String(parts.last ?? "")) && !ArchivePages.isPageFile(path)
        }.sorted()
        guard !changed.isEmpty, let url = URL(string: hubURL) else { return }
        let report = WebSubNotifier(hubURL: url).notify(changed.map(site.url))
        if let failure = report.failures.first {
            let unsent = report.failures.count + report.skipped
            Console.warning("WebSub hub \(hubURL) not told of \(count(unsent, "changed feed")) (first: \(failure.url): \(failure.reason)); "
                + "subscribers will see the changes when they next poll")
        }
    }

    private func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }

    /// Whether `path` is `folder` or below it, comparing absolute, normalised paths (the
    /// folders need not exist yet).
    static func isInside(_ path: String, _ folder: String) -> Bool {
        func absolute(_ path: String) -> [Substring] {
            let full = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
            var parts: [Substring] = []
            for part in full.split(separator: "/") where part != "." {
                if part == ".." { _ = parts.popLast() } else { parts.append(part) }
            }
            return parts
        }
        let (inner, outer) = (absolute(path), absolute(folder))
        return inner.count >= outer.count && Array(inner.prefix(outer.count)) == outer
    }

    func run() throws {
        let clock = Stopwatch()
        let configuration = try ConfigurationFile.load(explicit: config)
        let site = SiteSettings(baseURL: baseURL, title: title, language: language, limit: limit, hub: hub,
                                archivePageSize: archivePageSize).site(with: configuration)
        let pipeline = BuildPipeline(input: input, output: output, site: site, cacheDirectory: cache, useCache: !noCache,
                                     lockWait: lockWait, dryRun: dryRun,
                                     options: BuildOptions(configuration: configuration, progress: ProgressLine.forTerminal(quiet: quiet),
                                                          collectsReport: report != nil))
        let result = try pipeline.run()
        let changes = result.changes
        if dryRun {
            for path in changes.created { Console.standardOutput("would create \(output)/\(path)") }
            for path in changes.updated { Console.standardOutput("would update \(output)/\(path)") }
            for path in changes.removed { Console.standardOutput("would remove \(output)/\(path)") }
        }
        if !quiet {
            let would = dryRun ? "would be " : ""
            let rejected = result.rejected == 1 ? "1 file rejected" : "\(result.rejected) files rejected"
            let excluded = configuration.rules.isEmpty ? "" : "; " + ExclusionText.summary(result.exclusions, rules: configuration.rules)
            Console.standardOutput("feedpub: \(count(result.feeds, "feed")), \(count(result.files, "file")), \(changes.changedCount) \(would)changed, "
                + "\(changes.removed.count) \(would)removed; \(count(result.articles, "article")) read, \(rejected)\(excluded); \(clock.elapsedText)")
        }
        let status = !changes.refused.isEmpty ? ExitStatus.cannotCreate : result.rejected > 0 ? ExitStatus.dataError : ExitStatus.ok
        if let hubURL = site.hubURL, !dryRun { notifyHub(hubURL, site: site, changes: changes) }
        if let report {
            try BuildReport(input: input, output: output, dryRun: dryRun).write(result, exitStatus: status.rawValue, to: report)
        }
        if status != ExitStatus.ok { throw status }
    }
}
