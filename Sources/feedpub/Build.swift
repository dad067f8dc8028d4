import ArgumentParser
import Dispatch
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

    func validate() throws {
        guard CanonicalURL.http(baseURL) != nil, !baseURL.contains("?"), !baseURL.contains("#") else {
            throw ValidationError("--base-url must be an absolute http or https URL without query or fragment, not '\(baseURL)'")
        }
        guard (1...10_000).contains(limit) else { throw ValidationError("--limit must be between 1 and 10000, not \(limit)") }
        guard !title.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { throw ValidationError("--title must not be empty") }
        if let language {
            guard SiteConfiguration.isLanguageTag(language) else { throw ValidationError("--language must be a BCP 47 tag such as 'en' or 'pt-BR', not '\(language)'") }
        }
    }

    func run() throws {
        let clock = Stopwatch()
        let site = SiteConfiguration(baseURL: CanonicalURL.http(baseURL)!, title: title.trimmingCharacters(in: .whitespacesAndNewlines),
                                     language: language, entryLimit: limit)
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

        let catalog = FeedCatalog(articles: articles, site: site)
        for duplicate in catalog.duplicates {
            let others = duplicate.mergedPaths.map(display).joined(separator: ", ")
            Console.warning("\(display(duplicate.winnerPath)): same URL as \(others); merged into one entry, this file's fields win (newest)")
        }

        let documents = try render(catalog.feeds)
        let folder = OutputFolder(root: output)
        var changed = 0
        do {
            try folder.prepare()
            for document in documents where try folder.write(document.bytes, to: document.path) { changed += 1 }
        } catch {
            Console.error(error.message)
            throw error.kind == .cannotCreate ? ExitStatus.cannotCreate : ExitStatus.ioError
        }

        let rejectedText = rejected == 1 ? "1 file rejected" : "\(rejected) files rejected"
        Console.standardOutput("feedpub: \(catalog.feeds.count) feeds, \(documents.count) files written (\(changed) changed) "
            + "from \(articles.count) articles; \(rejectedText); \(clock.elapsedText)")
        if rejected > 0 { throw ExitStatus.dataError }
    }

    /// Every feed in every format, rendered on all cores, in catalog order.
    private func render(_ feeds: [Feed]) throws -> [(path: String, bytes: [UInt8])] {
        let formats = FeedFormat.allCases
        let slots = ResultSlots<[UInt8]>(count: feeds.count * formats.count)
        let failures = ResultSlots<String>(count: 1)
        DispatchQueue.concurrentPerform(iterations: feeds.count * formats.count) { index in
            let feed = feeds[index / formats.count]
            do {
                slots.set(index, try formats[index % formats.count].render(feed))
            } catch {
                failures.set(0, "could not render the \(formats[index % formats.count]) feed '\(feed.title)'")
            }
        }
        if let failure = failures.values[0] {
            Console.error(failure)
            throw ExitStatus.ioError
        }
        return slots.values.enumerated().map { index, bytes in
            let feed = feeds[index / formats.count]
            let name = formats[index % formats.count].fileName
            return (feed.directory.isEmpty ? name : feed.directory + "/" + name, bytes!)
        }
    }

    private func display(_ relative: String) -> String { input + "/" + relative }
}
