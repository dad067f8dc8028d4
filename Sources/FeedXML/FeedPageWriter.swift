public import FeedModel

/// A feed's own page (`index.html` in its folder): what the feed is, its newest entries and
/// how to subscribe, with `<link rel="alternate">` discovery for every format written. Plain
/// HTML5 and inline CSS: no script, no external resource but the entries' images.
public struct FeedPageWriter: Sendable {
    /// Entries a page shows: enough to judge the feed by, few enough to load on a phone.
    public static let entryLimit = 20

    public init() {}

    /// The page of the feed `header` with its newest `entries` (at most `entryLimit` shown),
    /// linking only the files of `formats`. `siteTitle` and `siteIndexURL` lead back to the
    /// site index. The page's own words are English; the feed's words carry its language.
    public func render(_ header: FeedHeader, entries: [FeedEntry], formats: Set<FeedFormat>,
                       siteTitle: String, siteIndexURL: String) throws -> [UInt8] {
        // Written in Swift: libxml2's HTML tree and serializer cost ~20,000 instructions an
        // element. An entry takes ~700 bytes.
        try render(header, entries: entries, formats: formats, siteTitle: siteTitle, siteIndexURL: siteIndexURL,
                   into: HTMLByteWriter(capacity: 4096 + 1024 * min(entries.count, Self.entryLimit)))
    }

    /// The page written through `html`: `HTMLByteWriter`, or libxml2's `HTMLWriter` it is tested against.
    func render(_ header: FeedHeader, entries: [FeedEntry], formats: Set<FeedFormat>, siteTitle: String, siteIndexURL: String,
                into html: some HTMLElementWriter) throws -> [UInt8] {
        let written = FeedFormat.allCases.filter(formats.contains)
        html.element("html", ["lang": "en"]) {
            html.element("head") {
                html.element("meta", ["charset": "utf-8"])
                html.element("meta", ["name": "viewport", "content": "width=device-width, initial-scale=1"])
                html.element("meta", ["name": "color-scheme", "content": "light dark"])
                html.element("title", text: header.title)
                for format in written {
                    html.element("link", ["rel": "alternate", "type": format.mediaType,
                                          "title": "\(header.title) (\(HTMLIndexWriter.name(of: format)))",
                                          "href": header.url(of: format)])
                }
                html.element("style", text: Self.style)
            }
            html.element("body") {
                html.element("header") { masthead(header, written, siteTitle: siteTitle, siteIndexURL: siteIndexURL, html) }
                html.element("main", ["lang": header.language]) {
                    if entries.isEmpty { html.element("p", text: "No entries yet.") }
                    for entry in entries.prefix(Self.entryLimit) { article(entry, html) }
                }
            }
        }
        return try html.finish()
    }

    private func masthead(_ header: FeedHeader, _ formats: [FeedFormat], siteTitle: String, siteIndexURL: String,
                          _ html: some HTMLElementWriter) {
        html.element("p", ["class": "crumb"]) {
            html.element("a", ["href": siteIndexURL], text: siteTitle)
            html.text(" › \(Self.axis(of: header.kind))")
        }
        html.element("h1", ["lang": header.language], text: header.title)
        html.element("p", ["lang": header.language], text: header.subtitle)
        html.element("p", ["class": "meta"]) {
            html.text(header.language.map { "Language: \($0) · " } ?? "")
            if header.updated == .epoch {
                html.text("no entries yet")
            } else {
                html.text("newest entry ")
                html.element("time", ["datetime": header.updated.rfc3339], text: HTMLIndexWriter.readable(header.updated))
            }
        }
        guard let first = formats.first else { return }
        html.element("nav", ["class": "subscribe", "aria-label": "Subscribe"]) {
            html.text("Subscribe: ")
            for (index, format) in formats.enumerated() {
                if index > 0 { html.text(" · ") }
                html.element("a", ["href": header.url(of: format), "type": format.mediaType],
                             text: HTMLIndexWriter.name(of: format))
            }
        }
        html.element("p", ["class": "copy"]) {
            html.element("label") {
                html.text("Feed URL to copy into a reader ")
                html.element("input", ["type": "url", "readonly": "", "value": header.url(of: first)])
            }
        }
    }

    private func article(_ entry: FeedEntry, _ html: some HTMLElementWriter) {
        html.element("article", ["class": entry.lead == nil ? nil : "pictured"]) {
            if let lead = entry.lead {
                // Decorative beside the title it illustrates: an empty `alt` keeps screen
                // readers from reading the title twice (HTML §4.8.4.4.8).
                html.element("img", ["src": lead.url, "alt": "", "loading": "lazy",
                                     "width": lead.width.map(String.init), "height": lead.height.map(String.init)])
            }
            html.element("h2") { html.element("a", ["href": entry.link], text: entry.title) }
            html.element("p", ["class": "meta"]) {
                html.text(entry.author.name + " · ")
                html.element("time", ["datetime": entry.published.rfc3339], text: HTMLIndexWriter.readable(entry.published))
            }
            if let summary = entry.summary { html.element("p", ["class": "summary"], text: summary) }
        }
    }

    /// The section of the site index the feed is listed in.
    static func axis(of kind: FeedHeader.Kind) -> String {
        switch kind {
        case .all: return "All articles"
        case .topic: return "Topics"
        case .provider: return "Providers"
        case .language: return "Languages"
        case .custom: return "Custom feeds"
        }
    }

    /// System fonts and colours; the image beside the text on wide screens, above it on phones;
    /// a summary cut to four lines, the article being one click away.
    static let style = """
        :root{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
        body{max-width:48em;margin:0 auto;padding:1em}
        h1{font-size:1.75em;margin:.25em 0}
        h2{font-size:1.1em;margin:0 0 .25em;overflow-wrap:anywhere}
        .crumb,.meta{font-size:.9em;opacity:.8;margin:.25em 0}
        time{white-space:nowrap}
        .subscribe a{font-weight:600}
        .copy input{width:100%;max-width:32em;font:inherit;font-size:.9em;box-sizing:border-box}
        article{display:grid;grid-template-columns:1fr;gap:0 1em;padding:1em 0;border-top:1px solid #8885}
        article.pictured{grid-template-columns:9em 1fr}
        article>img{grid-row:1/span 3;width:100%;height:auto;max-height:9em;object-fit:cover;border-radius:.25em;background:#8882}
        article p{margin:.25em 0;overflow-wrap:anywhere}
        .summary{display:-webkit-box;-webkit-box-orient:vertical;-webkit-line-clamp:4;overflow:hidden}
        @media (max-width:36em){article.pictured{grid-template-columns:1fr}article>img{grid-row:auto;max-height:14em;margin-bottom:.5em}}
        @media (prefers-color-scheme:dark){a{color:#8cf}a:visited{color:#c9f}}

        """
}
