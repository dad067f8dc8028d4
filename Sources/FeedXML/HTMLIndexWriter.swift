import FeedModel

/// The page a person finds feeds on: every feed with its size, its newest entry and links to
/// its own page and each format, plus `<link rel="alternate">` tags so browsers and readers discover the feed of
/// everything (HTML Living Standard §4.6.7.1). Plain HTML5 and a little inline CSS: no script,
/// no external resource, readable on a phone and without CSS.
public struct HTMLIndexWriter: Sendable {
    public init() {}

    /// The whole page, listings in the order given within each section. The page's own words
    /// are English (`<html lang="en">`); `language`, the feeds' language, marks the feed names.
    /// With `opmlURL` the page also offers that subscription list of every feed.
    public func render(siteTitle: String, listings: [FeedListing], language: String?, opmlURL: String? = nil) throws -> [UInt8] {
        // Each feed has a row or two of ~700 bytes.
        try render(siteTitle: siteTitle, listings: listings, language: language, opmlURL: opmlURL,
                   into: HTMLByteWriter(capacity: 4096 + 1024 * listings.count))
    }

    /// The page written through `html`: `HTMLByteWriter`, or libxml2's `HTMLWriter` it is tested against.
    func render(siteTitle: String, listings: [FeedListing], language: String?, opmlURL: String?,
                into html: some HTMLElementWriter) throws -> [UInt8] {
        html.element("html", ["lang": "en"]) {
            html.element("head") {
                html.element("meta", ["charset": "utf-8"])
                html.element("meta", ["name": "viewport", "content": "width=device-width, initial-scale=1"])
                html.element("meta", ["name": "color-scheme", "content": "light dark"])
                html.element("title", text: "Feeds — \(siteTitle)")
                for listing in listings where listing.isAll {
                    for format in [FeedFormat.rss, .atom] {
                        if let url = listing.url(of: format) {
                            html.element("link", ["rel": "alternate", "type": format.mediaType,
                                                  "title": "\(listing.title) (\(Self.name(of: format)))", "href": url])
                        }
                    }
                }
                if let opmlURL {
                    html.element("link", ["rel": "alternate", "type": Self.opmlType, "title": "Every feed (OPML)", "href": opmlURL])
                }
                html.element("style", text: Self.style)
            }
            html.element("body") {
                html.element("header") {
                    html.element("h1", text: siteTitle)
                    intro(count: listings.count, formats: Self.formatNames(listings), opmlURL: opmlURL, html)
                    // Shown by the script: without it the page is complete, only unfiltered.
                    html.element("p", ["id": "filter", "hidden": ""]) {
                        html.element("label") {
                            html.text("Filter feeds ")
                            html.element("input", ["type": "search", "autocomplete": "off"])
                        }
                    }
                }
                html.element("main") {
                    let all = listings.filter(\.isAll)
                    if !all.isEmpty { section("all", "All articles", all, empty: "", language, html) }
                    // Only sites that define custom feeds get the section.
                    let custom = listings.filter(\.isCustom)
                    if !custom.isEmpty { section("custom", "Custom feeds", custom, empty: "", language, html) }
                    section("topics", "Topics", listings.filter(\.isTopic), empty: "No topics yet.", language, html)
                    section("providers", "Providers", listings.filter(\.isProvider), empty: "No providers yet.", language, html)
                    // Only when there are language feeds: an article's language may be unknown, and `write.feeds` may leave them out.
                    let languages = listings.filter(\.isLanguage)
                    if !languages.isEmpty { section("languages", "Languages", languages, empty: "", nil, html) }
                }
                html.element("script", text: Self.filterScript)
            }
        }
        return try html.finish()
    }

    /// "RSS, Atom and JSON Feed", or fewer when `write.formats` leaves some out.
    static func formatNames(_ listings: [FeedListing]) -> String {
        let names = FeedFormat.allCases.filter { format in listings.contains { $0.formats.contains(format) } }.map(name(of:))
        guard names.count > 1 else { return names.first ?? "RSS" }
        return names.dropLast().joined(separator: ", ") + " and " + names.last!
    }

    private func intro(count: Int, formats: String, opmlURL: String?, _ html: some HTMLElementWriter) {
        html.element("p") {
            html.text("\(count) \(count == 1 ? "feed" : "feeds"), each in \(formats): copy a link into any feed reader")
            if let opmlURL {
                html.text(", or import them all from the ")
                html.element("a", ["href": opmlURL, "type": Self.opmlType], text: "OPML subscription list")
            }
            html.text(".")
        }
    }

    /// The order the page lists feeds in, usable at hundreds of feeds: the most entries first,
    /// then by title in code-point order (the same on every machine).
    public static func busiestFirst(_ listings: [FeedListing]) -> [FeedListing] {
        listings.sorted { ($0.entryCount, $1.header.title) > ($1.entryCount, $0.header.title) }
    }

    /// Feeds a long section lists busiest first before its A–Z list of every feed.
    static let busiestCount = 10

    private func section(_ id: String, _ heading: String, _ listings: [FeedListing], empty: String,
                         _ language: String?, _ html: some HTMLElementWriter) {
        html.element("section", ["id": id]) {
            html.element("h2", text: heading)
            guard !listings.isEmpty else { return html.element("p", text: empty) }
            guard listings.count > Self.busiestCount else { return table(listings, language, html) }
            html.element("h3", text: "Busiest")
            table(Array(listings.prefix(Self.busiestCount)), language, html)
            html.element("h3", text: "A–Z")
            alphabetical(id, listings, language, html)
        }
    }

    /// The rows of `listings` under one header row; `letters` gives a row its jump target.
    func table(_ listings: [FeedListing], _ language: String?, ids: [Int: String] = [:], _ html: some HTMLElementWriter) {
            html.element("table") {
                html.element("thead") {
                    html.element("tr") {
                        for column in ["Feed", "Entries", "Newest entry", "Subscribe"] {
                            html.element("th", ["scope": "col"], text: column)
                        }
                    }
                }
                html.element("tbody", ["lang": language]) {
                    for (index, listing) in listings.enumerated() { row(listing, id: ids[index], html) }
                }
            }
    }

    private func row(_ listing: FeedListing, id: String?, _ html: some HTMLElementWriter) {
        html.element("tr", ["id": id]) {
            html.element("th", ["scope": "row"]) { html.element("a", ["href": listing.header.pageURL], text: listing.name) }
            html.element("td", ["class": "count"], text: listing.entryCount == 1 ? "1 entry" : "\(listing.entryCount) entries")
            html.element("td", ["class": "newest"]) {
                if listing.entryCount == 0 {
                    html.text("—")
                } else {
                    let stamp = listing.header.updated.rfc3339
                    html.element("time", ["datetime": stamp], text: Self.readable(rfc3339: stamp))
                }
            }
            html.element("td", ["class": "links"]) {
                let links = FeedFormat.allCases.compactMap { format in listing.url(of: format).map { ($0, format) } }
                for (index, (url, format)) in links.enumerated() {
                    if index > 0 { html.text(" · ") }
                    html.element("a", ["href": url, "type": format.mediaType], text: format == .json ? "JSON" : Self.name(of: format))
                }
                if listing.isProvider {
                    html.text(" · ")
                    html.element("a", ["href": listing.header.homeURL, "rel": "external"], text: Self.host(of: listing.header.homeURL))
                }
            }
        }
    }

    static let opmlType = "text/x-opml"

    /// A format as the page names it in prose.
    static func name(of format: FeedFormat) -> String {
        switch format {
        case .rss: return "RSS"
        case .atom: return "Atom"
        case .json: return "JSON Feed"
        }
    }

    /// `2021-07-01 12:07 UTC`: the RFC 3339 time without seconds, the same in every language.
    static func readable(_ time: Timestamp) -> String {
        readable(rfc3339: time.rfc3339)
    }

    /// `readable` of the time `stamp` gives in RFC 3339.
    static func readable(rfc3339 stamp: String) -> String {
        // An RFC 3339 stamp is ASCII: its bytes are its characters, and cheaper to cut.
        var bytes = Array(stamp.utf8.prefix(10))
        bytes += " ".utf8
        bytes += stamp.utf8.dropFirst(11).prefix(5)
        bytes += " UTC".utf8
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `www.nzz.ch` for `https://www.nzz.ch/`: what a person recognises a site by.
    static func host(of url: String) -> String {
        // Foundation's search and cutting by characters cost more than the rest of a row. In
        // ASCII a character is a byte (CR LF aside, which is none of `:/?#`), so bytes cut the same.
        guard url.utf8.allSatisfy({ $0 < 0x80 }) else { return hostByCharacters(of: url) }
        let bytes = Array(url.utf8)
        guard let colon = bytes.indices.dropLast(2).first(where: { bytes[$0...].starts(with: "://".utf8) }) else { return url }
        let start = colon + 3
        let end = bytes[start...].firstIndex { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "#") }
        return start == (end ?? bytes.count) ? url : String(decoding: bytes[start..<(end ?? bytes.count)], as: UTF8.self)
    }

    /// `host(of:)` for any URL.
    static func hostByCharacters(of url: String) -> String {
        guard let start = url.range(of: "://")?.upperBound else { return url }
        let rest = url[start...]
        let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        return host.isEmpty ? url : String(host)
    }
}
