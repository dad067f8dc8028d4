/// What goes into an entry: the one place an `Article` becomes a `FeedEntry`.
///
/// - id and link: the canonical article URL (`webUrl`, else `originalUrl`).
/// - title: plain text, without a trailing `" - <own provider>"` (`site.cleaning`); summary: the
///   excerpt unless `site.cleaning` drops it (raw JSON, markup without text, the title
///   repeated); the title when there is neither summary nor body; content: the Markdown body as HTML.
/// - published / updated: the article's dates (they differ only for merged duplicates).
/// - author: the provider's name (else its domain, else the link's host), with
///   `https://<domain>/` as its URI when the domain is known.
/// - categories: every topic (scheme `<base>topics/`), then `category` (scheme `<base>categories/`).
/// - images: every image, typed by its URL's extension; the lead chosen by `site.leadImage`,
///   whose `<img>` begins the HTML summary and content unless switched off.
/// - source: the provider's own feed (`providerFeed`), when the article has a provider.
/// - language: the article's (`FeedCatalog.MergedArticle.language`), when known.
/// - related: every related article's link.
public struct EntryMapping: Sendable {
    public let site: SiteConfiguration
    private let markdown = MarkdownRenderer()
    /// The categories' schemes, made once: every entry's categories share these strings
    /// instead of holding copies of their own while a batch of entries is rendered.
    private let topicScheme: String
    private let categoryScheme: String

    public init(site: SiteConfiguration) {
        self.site = site
        (topicScheme, categoryScheme) = (site.url("topics/"), site.url("categories/"))
    }

    /// The entry of `article`; `providerFeed` is the header of its provider's feed, when written;
    /// `findings`, `CleaningRules.findings(of: article)` when the caller already has them (pass 1
    /// keeps them in the summary: finding them again cost a sixth of mapping an entry).
    public func entry(for article: Article, providerFeed: FeedHeader? = nil, findings known: CleaningRules.Findings? = nil) -> FeedEntry {
        entry(for: article, source: providerFeed.map(Self.source(of:)), findings: known)
    }

    /// The same, with the provider feed's `source(of:)` made by the caller: the articles of one
    /// provider can then share its strings.
    public func entry(for article: Article, source: FeedEntry.Source?, findings known: CleaningRules.Findings? = nil) -> FeedEntry {
        var categories = article.topics.map { FeedEntry.Category(term: $0, scheme: topicScheme) }
        if let category = article.category {
            categories.append(FeedEntry.Category(term: category, scheme: categoryScheme))
        }
        let images = article.images.map {
            FeedEntry.Image(url: $0.url, width: $0.width, height: $0.height, mimeType: Self.imageType(of: $0.url))
        }
        let leadIndex = site.leadImage.leadIndex(of: article.images)
        let findings = known ?? CleaningRules.findings(of: article)
        let title = site.cleaning.cleansTitle(findings)
            ? CleaningRules.withoutProviderSuffix(article.title, provider: article.provider?.name) : article.title
        let excerpt = site.cleaning.dropsSummary(findings) ? nil : article.excerpt
        let leadHTML = site.leadImage.inHTML ? leadIndex.map { Self.imgTag(images[$0], alt: title) } : nil
        return FeedEntry(
            id: article.url,
            link: article.url,
            title: title,
            // Atom asks every entry for textual content; with no excerpt and no body, the title is it.
            summary: excerpt ?? (article.body.isEmpty ? title : nil),
            contentHTML: article.body.isEmpty ? nil : (leadHTML ?? "") + markdown.html(article.body, baseURL: article.url),
            published: article.publishedAt,
            updated: article.updatedAt,
            author: author(of: article),
            categories: categories,
            images: images,
            related: article.related.map { FeedEntry.RelatedLink(url: $0.url, title: $0.title) },
            leadIndex: leadIndex,
            leadHTML: leadHTML,
            source: source,
            language: article.language
        )
    }

    /// An entry's `<source>`: the provider feed's title, documents and id, from its header (the
    /// same URLs the provider feed names itself by). Not its date, which moves with every new
    /// article of the provider: the entry would change in every feed, archive pages included.
    public static func source(of providerFeed: FeedHeader) -> FeedEntry.Source {
        FeedEntry.Source(title: providerFeed.title, rssURL: providerFeed.url(of: .rss), id: providerFeed.id,
                         atomURL: providerFeed.url(of: .atom))
    }

    /// `<img src width height alt>` of an image, the width and height when declared.
    static func imgTag(_ image: FeedEntry.Image, alt: String) -> String {
        var tag = "<img src=\"\(image.url.htmlEscapedAttribute)\""
        if let width = image.width { tag += " width=\"\(width)\"" }
        if let height = image.height { tag += " height=\"\(height)\"" }
        return tag + " alt=\"\(alt.htmlEscapedAttribute)\">"
    }

    private func author(of article: Article) -> FeedEntry.Author {
        let domain = article.provider?.domain
        let name = article.provider?.name ?? domain ?? Self.host(of: article.url)
        return FeedEntry.Author(name: name, uri: domain.flatMap { CanonicalURL.http("https://\($0)/") })
    }

    /// The host of a canonical URL: no user info (it may hold a password), no port.
    static func host(of url: String) -> String {
        let parts = url.split(separator: "/", maxSplits: 3, omittingEmptySubsequences: false)
        guard parts.count > 2 else { return url }
        var authority = parts[2]
        if let at = authority.lastIndex(of: "@") { authority = authority[authority.index(after: at)...] }
        if let colon = authority.lastIndex(of: ":"), !authority[colon...].contains("]") { authority = authority[..<colon] }
        return String(authority)
    }

    /// The image MIME type for a URL path's extension (query and fragment ignored).
    static func imageType(of url: String) -> String? {
        // Canonical URLs are ASCII (everything else is percent-encoded), where bytes are
        // characters: walking bytes instead of grapheme clusters made this 20× cheaper.
        if let found = url.utf8.withContiguousStorageIfAvailable(asciiImageType), let type = found { return type }
        let path = url.prefix { $0 != "?" && $0 != "#" }
        guard let lastSegment = path.split(separator: "/").last, let dot = lastSegment.lastIndex(of: ".") else { return nil }
        return imageTypes[lastSegment[lastSegment.index(after: dot)...].lowercased()]
    }

    /// `imageType(of:)` on the bytes of an ASCII URL; `.some(nil)` means no type, nil: not ASCII.
    private static func asciiImageType(_ url: UnsafeBufferPointer<UInt8>) -> String?? {
        guard url.allSatisfy({ $0 < 0x80 }) else { return nil }
        let pathEnd = url.firstIndex { $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "#") } ?? url.endIndex
        var segmentEnd = pathEnd
        while segmentEnd > 0 && url[segmentEnd - 1] == UInt8(ascii: "/") { segmentEnd -= 1 }
        let segmentStart = url[..<segmentEnd].lastIndex(of: UInt8(ascii: "/")).map { $0 + 1 } ?? 0
        guard let dot = url[segmentStart..<segmentEnd].lastIndex(of: UInt8(ascii: ".")) else { return .some(nil) }
        let ext = String(decoding: url[(dot + 1)..<segmentEnd].map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 }, as: UTF8.self)
        return .some(imageTypes[ext])
    }

    private static let imageTypes = [
        "jpg": "image/jpeg", "jpeg": "image/jpeg", "jpe": "image/jpeg", "png": "image/png", "gif": "image/gif",
        "webp": "image/webp", "avif": "image/avif", "svg": "image/svg+xml", "bmp": "image/bmp",
        "tif": "image/tiff", "tiff": "image/tiff", "ico": "image/vnd.microsoft.icon", "heic": "image/heic",
        "jxl": "image/jxl",
    ]
}
