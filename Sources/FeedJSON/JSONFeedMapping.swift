import FeedModel

/// What goes into a JSON Feed 1.1 document: the one place a `Feed` becomes JSON
/// (https://www.jsonfeed.org/version/1.1/).
///
/// - feed: `version`, `title`, `home_page_url`, `feed_url`, `description` (the subtitle),
///   `language` when set, `authors` (the site, by its title), `hubs` (WebSub, when configured), and `items`, always (`[]` for a
///   feed with no entries).
/// - item: `id` (the entry id: the RSS guid and the Atom id), `url`, `title`, `summary` (the
///   excerpt), `content_html` (the body) or else `content_text` (the summary, else the title;
///   the spec requires one of the two), `image` (the lead image) and `banner_image` (the
///   same, when it is wider than tall), `language` (the article's, when known), `date_published` and
///   `date_modified` (RFC 3339, UTC), `authors` (the provider, with its site as `url`), `tags`
///   (topics then category, each once, ignoring case), and `_feedpub.related`.
/// - JSON Feed has no field for related articles; they go into a custom object, which the
///   spec's "Extensions" section allows (a name of `_` and a letter, no `.`) and which readers
///   that do not know it must ignore.
/// - feed images: `icon` is the logo (else the icon), `favicon` the icon, when known.
/// - Not written: `external_url` (the article is the page), `attachments` (images are not
///   podcast media and would need a MIME type we cannot always give).
struct JSONFeedMapping {
    static let version = "https://jsonfeed.org/version/1.1"

    let siteTitle: String

    /// The depth at which `document` places each item: inside `items`, inside the feed.
    static let itemDepth = 2

    /// The document, with its items given already printed at `itemDepth`.
    func document(for feed: FeedHeader, printedItems: [[UInt8]]) -> JSONValue {
        .object(JSONObject([
            "version": .string(Self.version),
            "title": .string(feed.title),
            "home_page_url": .string(feed.homeURL),
            "feed_url": .string(feed.url(of: .json)),
            // JSON Feed's pagination: the older entries of an RFC 5005 archive, page by page.
            "next_url": feed.archive?.previous.map { .string(feed.url(of: .json, in: $0)) },
            "description": .string(feed.subtitle),
            "language": feed.language.map(JSONValue.string),
            "icon": feed.image.map { .string($0.url) },
            "favicon": feed.icon.map(JSONValue.string),
            "authors": .array([.object(JSONObject(["name": .string(siteTitle)]))]),
            "hubs": feed.hubURL.map { .array([.object(JSONObject(["type": .string("WebSub"), "url": .string($0)]))]) },
            "items": .array(printedItems.map(JSONValue.printed)),
        ]))
    }

    static func item(for entry: FeedEntry) -> JSONValue {
        let tags = Self.tags(entry.categories)
        return .object(JSONObject([
            "id": .string(entry.id),
            "url": .string(entry.link),
            "title": .string(entry.title),
            "summary": entry.summary.map(JSONValue.string),
            "content_html": entry.contentHTML.map(JSONValue.string),
            "content_text": entry.contentHTML == nil ? .string(entry.summary ?? entry.title) : nil,
            "image": entry.lead.map { .string($0.url) },
            "banner_image": entry.lead.flatMap { $0.isLandscape ? .string($0.url) : nil },
            "language": entry.language.map(JSONValue.string),
            "date_published": .string(entry.published.rfc3339),
            "date_modified": .string(entry.updated.rfc3339),
            "authors": .array([.object(JSONObject([
                "name": .string(entry.author.name),
                "url": entry.author.uri.map(JSONValue.string),
            ]))]),
            "tags": tags.isEmpty ? nil : .array(tags.map(JSONValue.string)),
            "_feedpub": entry.related.isEmpty ? nil : .object(JSONObject([
                "related": .array(entry.related.map { link in
                    .object(JSONObject(["url": .string(link.url), "title": link.title.map(JSONValue.string)]))
                }),
            ])),
        ]))
    }

    /// Category terms in order, each once: a topic and a category spelled alike (in any case)
    /// are one tag, written as first seen.
    static func tags(_ categories: [FeedEntry.Category]) -> [String] {
        // An entry has a few categories: looking through a short list costs less than hashing into a set.
        var seen: [String] = []
        seen.reserveCapacity(categories.count)
        return categories.map(\.term).filter { term in
            let key = term.lowercased()
            guard !seen.contains(key) else { return false }
            seen.append(key)
            return true
        }
    }
}
