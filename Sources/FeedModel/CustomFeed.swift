/// A feed defined by rules (`feeds:` in feedpub.yml): the articles that pass its selection,
/// written to `custom/<slug>/` like any other feed. The YAML keys live in `ConfigurationDecoder`.
public struct CustomFeed: Sendable, Equatable {
    /// Unique among custom feeds; the folder `custom/<slug>/`.
    public var slug: String
    public var title: String
    /// Plain text: RSS `<description>`, Atom `<subtitle>`; a default names the title.
    public var description: String?
    /// Which merged articles the feed holds.
    public var selection = CustomFeedSelection()
    public var order: Order = .newest
    /// Entries in the subscription document; nil: the site's `entries_per_feed`.
    public var limit: Int?
    /// The formats written; nil: the site's `write.formats`.
    public var formats: Set<FeedFormat>?
    /// The partner whose requirements the feed is checked against.
    public var profile: PartnerProfileName?

    /// A feed called `title` at `slug`, holding every article until rules are added.
    public init(slug: String, title: String) {
        self.slug = slug
        self.title = title
    }

    /// How the selected articles are ordered.
    public enum Order: String, Sendable, CaseIterable {
        /// Newest `updated` first, then id: every feed's order.
        case newest
        /// Highest `heat` first (articles without heat last), then newest, then id.
        case heat
    }

    /// The feed's folder inside the output folder.
    public var directory: String { "custom/" + slug }
}
