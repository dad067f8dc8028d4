internal import ByteScan
internal import Foundation

/// Which aggregator noise is taken out of titles and summaries: `feedpub.yml`'s `clean`.
public struct CleaningRules: Sendable, Equatable {
    /// Whether a title's trailing `" - <own provider>"` (also `|`, `–`, `—`) goes.
    public var providerSuffix: Bool
    /// Whether a summary that is raw JSON or markup without text is dropped.
    public var jsonSummaries: Bool
    /// Whether a summary that only repeats the title is dropped.
    public var repeatedTitles: Bool

    /// Rules with every switch on unless said otherwise.
    public init(providerSuffix: Bool = true, jsonSummaries: Bool = true, repeatedTitles: Bool = true) {
        self.providerSuffix = providerSuffix
        self.jsonSummaries = jsonSummaries
        self.repeatedTitles = repeatedTitles
    }

    /// What of the noise an article has, whatever the switches: decided once, when the article
    /// is read, and kept with its summary so counts need no second reading.
    public struct Findings: OptionSet, Sendable, Hashable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        /// The title ends in `" - <own provider>"`.
        public static let providerSuffix = Findings(rawValue: 1)
        /// The summary is raw JSON or markup without text.
        public static let rawSummary = Findings(rawValue: 2)
        /// The summary only repeats the title.
        public static let repeatedTitle = Findings(rawValue: 4)
    }

    /// The noise in `article`'s title and excerpt.
    public static func findings(of article: Article) -> Findings {
        var found: Findings = []
        let stripped = withoutProviderSuffix(article.title, provider: article.provider?.name)
        if stripped != article.title { found.insert(.providerSuffix) }
        guard let excerpt = article.excerpt else { return found }
        if isRawJSON(excerpt) || isMarkupWithoutText(excerpt) { found.insert(.rawSummary) }
        if repeats(excerpt, anyOf: stripped == article.title ? [article.title] : [article.title, stripped]) { found.insert(.repeatedTitle) }
        return found
    }

    /// Whether `comparable(excerpt)` is `comparable` of one of `titles`. A summary is compared
    /// as its ASCII bytes are read (`comparableASCII(_:equals:)`), and nearly always differs
    /// from the title within a few bytes: only the short titles are made comparable in full.
    static func repeats(_ excerpt: String, anyOf titles: [String]) -> Bool {
        var excerptKey: String?
        for title in titles {
            let key = comparable(title)
            if let equal = comparableASCII(excerpt, equals: key) {
                if equal { return true }
                continue
            }
            if excerptKey == nil { excerptKey = comparable(excerpt) }
            if excerptKey == key { return true }
        }
        return false
    }

    /// Whether these rules take the provider's name off a title with `findings`.
    public func cleansTitle(_ findings: Findings) -> Bool { providerSuffix && findings.contains(.providerSuffix) }

    /// Whether these rules drop the summary of an article with `findings`.
    public func dropsSummary(_ findings: Findings) -> Bool {
        (jsonSummaries && findings.contains(.rawSummary)) || (repeatedTitles && findings.contains(.repeatedTitle))
    }

    /// The separators a provider's name follows at a title's end, as Google News writes them.
    private static let separators = [" - ", " | ", " – ", " — "]

    /// `title` without a trailing separator and `provider`'s name (compared like feed names),
    /// when something is left before it; else the title unchanged.
    public static func withoutProviderSuffix(_ title: String, provider: String?) -> String {
        guard let provider, let name = FeedName(provider) else { return title }
        guard let separator = lastSeparator(in: title), FeedName(String(title[separator.upperBound...])) == name else { return title }
        let kept = title[..<separator.lowerBound].trimmingCharacters(in: .whitespaces)
        return kept.isEmpty ? title : kept
    }

    /// The last of `separators` in `title`, as Foundation's search (by canonical equivalence)
    /// finds it. Its cost shows in profiles, so it only runs for text beyond ASCII whose bytes
    /// hold a separator: none of their characters is any other's canonical decomposition, so
    /// without their bytes there is no match; and in ASCII a byte search finds the same.
    static func lastSeparator(in title: String) -> Range<String.Index>? {
        guard mayHoldSeparator(title) else { return nil }
        if !title.anyUTF8Byte(where: { $0 >= 0x80 }) { return lastASCIISeparator(in: title) }
        return Self.separators.compactMap { title.range(of: $0, options: .backwards) }.max { $0.lowerBound < $1.lowerBound }
    }

    /// A summary scraped as a JSON record: `{"_id":…` (rarely strict JSON), or a `{…}` / `[…]`
    /// that parses as JSON.
    static func isRawJSON(_ text: String) -> Bool {
        let trimmed = text.trimmingWhitespace()
        if trimmed.hasPrefix("{\"_id\":") { return true }
        guard let first = trimmed.first, let last = trimmed.last,
              (first == "{" && last == "}") || (first == "[" && last == "]") else { return false }
        return (try? JSONSerialization.jsonObject(with: Data(trimmed.utf8))) != nil
    }

    /// Markup whose tags, once removed, leave no text.
    static func isMarkupWithoutText(_ text: String) -> Bool {
        let stripped = text.removingHTMLTags()
        return stripped != text && stripped.trimmingWhitespace().isEmpty
    }

    /// Text as compared with a title: one line, lower case, without trailing punctuation.
    static func comparable(_ text: String) -> String {
        comparableASCII(text) ?? comparableUnicode(text)
    }

    /// `comparable` through Foundation's NFC and the standard library's lower case: for any text.
    static func comparableUnicode(_ text: String) -> String {
        var line = Substring(text.collapsingWhitespace().precomposed.lowerCased)
        while let last = line.last, last.isPunctuation || last.isWhitespace { line.removeLast() }
        return String(line)
    }
}
