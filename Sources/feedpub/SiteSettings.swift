import FeedModel
import Foundation

/// The site settings given on the command line, each already validated by its type, laid over
/// `feedpub.yml`'s, over the defaults: resolved once, option ?? file ?? default.
struct SiteSettings {
    var baseURL: SiteConfiguration.BaseURL?
    var title: String?
    var language: SiteConfiguration.LanguageTag?
    var limit: Int?
    var hub: SiteConfiguration.HubURL?
    var archivePageSize: Int?

    func site(with configuration: FeedpubConfiguration) -> SiteConfiguration {
        let url = baseURL?.text ?? configuration.baseURL ?? SiteConfiguration.defaultBaseURL
        let title = (self.title ?? configuration.title ?? SiteConfiguration.defaultTitle).trimmingCharacters(in: .whitespacesAndNewlines)
        var site = SiteConfiguration(baseURL: url, title: title, language: language?.text ?? configuration.language,
                                     entryLimit: limit ?? configuration.entriesPerFeed ?? SiteConfiguration.defaultEntryLimit,
                                     hubURL: hub?.text ?? configuration.hubURL,
                                     archivePageSize: archivePageSize ?? configuration.archivePageSize)
        if let generator = configuration.generator { site.generator.name = generator }
        site.leadImage = configuration.leadImage
        site.cleaning = configuration.cleaning
        site.branding = configuration.branding
        return site
    }
}
