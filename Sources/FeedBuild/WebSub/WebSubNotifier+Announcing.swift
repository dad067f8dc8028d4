import FeedModel
import Foundation

extension WebSubNotifier {
    /// Pings the site's hub for every feed file `changes` created or updated, and for the
    /// `pending` ones earlier runs could not announce; returns the paths still not announced,
    /// for the next run to retry. A hub that cannot be told is one warning (unless `warns` is
    /// false), never a failure.
    static func announce(_ changes: PublishedChanges, retrying pending: [String], site: SiteConfiguration, warns: Bool = true) -> [String] {
        guard let hubURL = site.hubURL else { return [] }
        let feedFiles = Set(FeedFormat.allCases.map(\.fileName))
        // Subscribers subscribe to the feeds, not to archive pages: only the feeds are announced.
        let changed = (changes.created + changes.updated).filter { path in
            let parts = path.split(separator: "/")
            return feedFiles.contains(String(parts.last ?? "")) && !FeedPlan.ArchivePages.isPageFile(path)
        }
        let paths = Set(changed + pending).sorted()
        guard !paths.isEmpty, let url = URL(string: hubURL) else { return [] }
        let report = WebSubNotifier(hubURL: url).notify(paths.map(site.url))
        if warns, let failure = report.failures.first {
            let unsent = report.unannounced.count
            Console.warning("WebSub hub \(hubURL) not told of \(unsent) changed feed\(unsent == 1 ? "" : "s") "
                + "(first: \(failure.url): \(failure.reason)); subscribers will see the changes when they next poll")
        }
        let unannounced = Set(report.unannounced)
        return paths.filter { unannounced.contains(site.url($0)) }
    }
}
