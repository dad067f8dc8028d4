public import FeedModel
import Foundation

extension WebSubNotifier {
    /// Pings the site's hub for every feed file `changes` created or updated; a hub that
    /// cannot be told is one warning, never a failure.
    public static func announce(_ changes: PublishedChanges, site: SiteConfiguration) {
        guard let hubURL = site.hubURL else { return }
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
            Console.warning("WebSub hub \(hubURL) not told of \(unsent) changed feed\(unsent == 1 ? "" : "s") "
                + "(first: \(failure.url): \(failure.reason)); subscribers will see the changes when they next poll")
        }
    }
}
