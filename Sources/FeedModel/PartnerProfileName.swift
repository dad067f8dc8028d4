/// A syndication partner whose published feed requirements feedpub checks feeds against
/// (`feedpub check --profile NAME`, a custom feed's `profile:`).
public enum PartnerProfileName: String, Sendable, CaseIterable {
    case googleNews = "google-news"
    case appleNews = "apple-news"
    case flipboard
    case feedburner
}
