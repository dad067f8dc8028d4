/// The four partners' rules, each citing the partner's own page (docs/partner-profiles.md has
/// the table, and the rules stated there that no document can show).
extension PartnerProfile {
    /// Google News Publisher Center, "Technical feed requirements".
    static let googleNewsRequirements = "https://support.google.com/news/publisher-center/answer/9545420"
    /// Apple News Publisher, "RSS guidelines for Apple News".
    static let appleNewsGuidelines = "https://support.apple.com/en-qa/guide/news-publisher/apdc2c7520ff/icloud"
    /// Flipboard Help, "Resubmit an RSS feed" (the fields a publisher's feed must have).
    static let flipboardFields = "https://flipboard.helpshift.com/hc/en/1-flipboard/faq/1023-resubmit-an-rss-feed/"
    /// Flipboard, "RSS Guidelines" (channel-level elements).
    static let flipboardGuidelines = "https://about.flipboard.com/rss-spec/"
    /// FeedBurner Help, "Your feed filesize is larger than 512K".
    static let feedburnerSizeLimit = "http://www.google.com/support/feedburner/bin/answer.py?answer=79009"

    /// Sizes in decimal units: "2 MB" read as 2,000,000 bytes, the stricter reading, so that a
    /// feed passing it fits the binary reading (2,097,152) too.
    static let googleNews = PartnerProfile(name: .googleNews, formats: [.rss, .atom], rules: [
        .fileSize(atMost: 2_000_000, source: googleNewsRequirements),
        .itemSize(atMost: 1_000_000, source: googleNewsRequirements),
        .items(atMost: 60, source: googleNewsRequirements),
        .everyItem("item-id", without: "a guid or id", source: googleNewsRequirements) { $0.id },
        .everyItem("item-date", without: "a date", source: googleNewsRequirements) { $0.date },
    ])

    static let appleNews = PartnerProfile(name: .appleNews, formats: [.rss, .atom], rules: [
        .utf8(source: appleNewsGuidelines),
        .channel("channel-title", "channel title", source: appleNewsGuidelines) { $0.title },
        .channel("channel-link", "channel link", source: appleNewsGuidelines) { $0.link },
        .languageWithRegion(source: appleNewsGuidelines),
        .everyItem("item-title", without: "a title", source: appleNewsGuidelines) { $0.title },
        .everyItem("item-link", without: "a link", source: appleNewsGuidelines) { $0.link },
        .everyItem("item-description", without: "a description", source: appleNewsGuidelines) { $0.description },
    ])

    /// Flipboard reads RSS only.
    static let flipboard = PartnerProfile(name: .flipboard, formats: [.rss], rules: [
        .items(atLeast: 20, source: flipboardFields),
        .channel("channel-title", "channel title", source: flipboardGuidelines) { $0.title },
        .channel("channel-link", "channel link", source: flipboardGuidelines) { $0.link },
        .channel("channel-description", "channel description", source: flipboardGuidelines) { $0.description },
        .channel("channel-language", "channel language", source: flipboardGuidelines) { $0.language },
        .everyItem("item-title", without: "a title", source: flipboardFields) { $0.title },
        .everyItem("item-link", without: "a link", source: flipboardFields) { $0.link },
        .everyItem("item-description", without: "a description", source: flipboardFields) { $0.description },
        .descriptions(atLeast: 300, source: flipboardFields),
        .everyItem("item-date", without: "a date", source: flipboardFields) { $0.date },
        .everyItem("item-id", without: "a guid", source: flipboardFields) { $0.id },
        .everyItem("item-author", without: "an author", source: flipboardFields) { $0.author },
        .everyItemImage(atLeast: 500, source: flipboardFields),
    ])

    /// FeedBurner refuses a source feed over 512K; read as 512,000 bytes, the stricter reading.
    static let feedburner = PartnerProfile(name: .feedburner, formats: [.rss, .atom], rules: [
        .fileSize(atMost: 512_000, source: feedburnerSizeLimit),
    ])
}
