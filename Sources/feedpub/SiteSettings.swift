import Foundation
import FeedModel

/// The site settings given on the command line, laid over `feedpub.yml`'s, over the defaults.
struct SiteSettings {
    var baseURL: String?
    var title: String?
    var language: String?
    var limit: Int?
    var hub: String?
    var archivePageSize: Int?

    func site(with configuration: FeedpubConfiguration) -> SiteConfiguration {
        let url = baseURL.flatMap(CanonicalURL.http) ?? configuration.baseURL ?? SiteConfiguration.defaultBaseURL
        let title = (self.title ?? configuration.title ?? SiteConfiguration.defaultTitle).trimmingCharacters(in: .whitespacesAndNewlines)
        var site = SiteConfiguration(baseURL: url, title: title, language: language ?? configuration.language,
                                     entryLimit: limit ?? configuration.entriesPerFeed ?? SiteConfiguration.defaultEntryLimit,
                                     hubURL: hub.flatMap(CanonicalURL.http) ?? configuration.hubURL,
                                     archivePageSize: archivePageSize ?? configuration.archivePageSize)
        if let generator = configuration.generator { site.generator.name = generator }
        return site
    }
}
