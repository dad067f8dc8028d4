import ArgumentParser
import Foundation
import FeedModel
import FeedXML

/// `feedpub build`: the main job, seeds/ → feeds/.
struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read the articles and write every feed (the default command)."
    )

    @Option(name: .long, help: ArgumentHelp("Folder of articles, read recursively.", valueName: "dir"))
    var input = "seeds"

    @Option(name: .long, help: ArgumentHelp("Folder the feeds are written into.", valueName: "dir"))
    var output = "feeds"

    @Option(name: .customLong("base-url"),
            help: ArgumentHelp("Absolute http(s) URL where the output folder is served; every link in a feed starts with it.", valueName: "url"))
    var baseURL = SiteConfiguration.defaultBaseURL

    @Option(name: .long, help: ArgumentHelp("Newest entries kept in each feed (1-10000).", valueName: "n"))
    var limit = SiteConfiguration.defaultEntryLimit

    @Option(name: .long, help: ArgumentHelp("Site title, appended to every feed title (\"AI — feedpub\").", valueName: "text"))
    var title = SiteConfiguration.defaultTitle

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

    func validate() throws {
        guard CanonicalURL.http(baseURL) != nil, !baseURL.contains("?"), !baseURL.contains("#") else {
            throw ValidationError("--base-url must be an absolute http or https URL without query or fragment, not '\(baseURL)'")
        }
        if let hub, CanonicalURL.http(hub) == nil || hub.contains("#") {
            throw ValidationError("--hub must be an absolute http or https URL without fragment, not '\(hub)'")
        }
        guard (1...10_000).contains(limit) else { throw ValidationError("--limit must be between 1 and 10000, not \(limit)") }
        if let archivePageSize, !(1...10_000).contains(archivePageSize) {
            throw ValidationError("--archive-page-size must be between 1 and 10000, not \(archivePageSize)")
        }
        guard !title.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { throw ValidationError("--title must not be empty") }
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
        let feedFiles = Set(OutputFormat.allCases.map(\.fileName))
        // Subscribers subscribe to the feeds, not to archive pages: only the feeds are announced.
        let changed = (changes.created + changes.updated).filter { path in
            let parts = path.split(separator: "/")
            return feedFiles.contains(String(parts.last ?? "")) && !parts.contains("archive")
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
        let site = SiteConfiguration(baseURL: CanonicalURL.http(baseURL)!, title: title.trimmingCharacters(in: .whitespacesAndNewlines),
                                     language: language, entryLimit: limit, hubURL: hub.flatMap(CanonicalURL.http),
                                     archivePageSize: archivePageSize)
        let pipeline = BuildPipeline(input: input, output: output, site: site, cacheDirectory: cache, useCache: !noCache,
                                     lockWait: lockWait, dryRun: dryRun)
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
            Console.standardOutput("feedpub: \(count(result.feeds, "feed")), \(count(result.files, "file")), \(changes.changedCount) \(would)changed, "
                + "\(changes.removed.count) \(would)removed; \(count(result.articles, "article")) read, \(rejected); \(clock.elapsedText)")
        }
        if let hubURL = site.hubURL, !dryRun { notifyHub(hubURL, site: site, changes: changes) }
        if !changes.refused.isEmpty { throw ExitStatus.cannotCreate }
        if result.rejected > 0 { throw ExitStatus.dataError }
    }
}
