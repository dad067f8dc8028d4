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

    @Flag(name: .customLong("dry-run"), help: "Report what would be created, updated and removed; write nothing.")
    var dryRun = false

    @Flag(name: .long, help: "Print only problems (errors and warnings on stderr); no summary line.")
    var quiet = false

    @Option(name: .customLong("lock-wait"),
            help: ArgumentHelp("Seconds to wait for another run on the same output folder before exiting 75.", valueName: "seconds"))
    var lockWait = 10

    func validate() throws {
        guard CanonicalURL.http(baseURL) != nil, !baseURL.contains("?"), !baseURL.contains("#") else {
            throw ValidationError("--base-url must be an absolute http or https URL without query or fragment, not '\(baseURL)'")
        }
        guard (1...10_000).contains(limit) else { throw ValidationError("--limit must be between 1 and 10000, not \(limit)") }
        guard !title.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { throw ValidationError("--title must not be empty") }
        if let language, !SiteConfiguration.isLanguageTag(language) {
            throw ValidationError("--language must be a BCP 47 tag such as 'en' or 'pt-BR', not '\(language)'")
        }
        guard (0...3600).contains(lockWait) else { throw ValidationError("--lock-wait must be between 0 and 3600 seconds") }
    }

    func run() throws {
        let clock = Stopwatch()
        let site = SiteConfiguration(baseURL: CanonicalURL.http(baseURL)!, title: title.trimmingCharacters(in: .whitespacesAndNewlines),
                                     language: language, entryLimit: limit)
        let input = try readInput()
        let catalog = FeedCatalog(articles: input.articles, site: site)
        for duplicate in catalog.duplicates {
            let others = duplicate.mergedPaths.map(display).joined(separator: ", ")
            Console.warning("\(display(duplicate.winnerPath)): same URL as \(others); merged into one entry, this file's fields win (newest)")
        }
        let documents = try FeedRendering.render(catalog.feeds)
        let publisher = Publisher(folder: OutputFolder(root: output), lockWait: lockWait)

        let changes: Publisher.Changes
        if dryRun {
            changes = publisher.plan(documents)
            for path in changes.created { Console.standardOutput("would create \(output)/\(path)") }
            for path in changes.updated { Console.standardOutput("would update \(output)/\(path)") }
            for path in changes.removed { Console.standardOutput("would remove \(output)/\(path)") }
        } else {
            do {
                changes = try publisher.publish(documents)
            } catch {
                throw report(error)
            }
        }
        if !quiet {
            let would = dryRun ? "would be " : ""
            let rejected = input.rejected == 1 ? "1 file rejected" : "\(input.rejected) files rejected"
            Console.standardOutput("feedpub: \(catalog.feeds.count) feeds, \(documents.count) files, \(changes.changedCount) \(would)changed, "
                + "\(changes.removed.count) \(would)removed; \(input.articles.count) articles read, \(rejected); \(clock.elapsedText)")
        }
        if input.rejected > 0 { throw ExitStatus.dataError }
    }

    /// Every article that could be read, in path order; each rejected file is reported.
    private func readInput() throws -> (articles: [Article], rejected: Int) {
        let listing: (files: [String], skipped: [(path: String, reason: String)])
        do {
            listing = try InputFolder(root: input).list()
        } catch {
            Console.error(error.message)
            throw ExitStatus.noInput
        }
        var rejected = listing.skipped.count
        for skipped in listing.skipped { Console.error("\(display(skipped.path)): \(skipped.reason)") }
        var articles: [Article] = []
        for (path, outcome) in zip(listing.files, ArticleLoader(root: input).load(listing.files)) {
            switch outcome {
            case let .article(article, warnings):
                articles.append(article)
                for warning in warnings { Console.warning("\(display(path)): \(warning)") }
            case let .rejected(problem):
                rejected += 1
                Console.error("\(display(path)): \(problem)")
            }
        }
        return (articles, rejected)
    }

    private func report(_ failure: Publisher.Failure) -> ExitCode {
        switch failure {
        case let .lock(.busy(message)):
            Console.error(message)
            return ExitStatus.tempFail
        case let .lock(.unavailable(message)):
            Console.error(message)
            return ExitStatus.cannotCreate
        case let .output(error):
            Console.error(error.message)
            return error.kind == .cannotCreate ? ExitStatus.cannotCreate : ExitStatus.ioError
        }
    }

    private func display(_ relative: String) -> String { input + "/" + relative }
}
