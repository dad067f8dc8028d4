/// The site's distinct keywords: every custom feed's `keywords_any` and `keywords_none`, folded
/// (`Keyword.fold`), in sorted order. Pass 1 records which of them occur in each article
/// (`KeywordBits`, by position here), so the text itself is neither kept nor searched again.
public struct KeywordList: Sendable, Equatable {
    /// The folded keywords, sorted by UTF-8 and distinct: positions are the bits' indices. The
    /// cache stores them, so summaries computed for another list are recognised.
    public let folded: [String]
    private let keywords: [Keyword]
    private let positions: [String: Int]

    /// No keywords.
    public init() { self.init(keywords: []) }

    /// The keywords of `feeds`' rules.
    public init(_ feeds: [CustomFeed]) {
        self.init(keywords: feeds.flatMap { $0.selection.keywordsAny + $0.selection.keywordsNone }.compactMap(Keyword.init))
    }

    private init(keywords: [Keyword]) {
        var unique: [[UInt8]: Keyword] = [:]
        for keyword in keywords { unique[keyword.bytes] = keyword }
        self.keywords = unique.keys.sorted { $0.lexicographicallyPrecedes($1) }.map { unique[$0]! }
        folded = self.keywords.map { String(decoding: $0.bytes, as: UTF8.self) }
        positions = Dictionary(uniqueKeysWithValues: folded.enumerated().map { ($1, $0) })
    }

    public var isEmpty: Bool { keywords.isEmpty }

    /// Which keywords occur in an article's title and excerpt, as custom feeds' rules match them.
    public func matches(title: String, excerpt: String?) -> KeywordBits {
        guard !keywords.isEmpty else { return KeywordBits() }
        var text = Keyword.fold(title + "\n" + (excerpt ?? ""))
        return text.withUTF8 { bytes in
            var bits = KeywordBits()
            for (index, keyword) in keywords.enumerated() where keyword.occurs(in: bytes) { bits.insert(index) }
            return bits
        }
    }

    /// The bits of the given keywords (raw, as in `feedpub.yml`); empty when none is a keyword.
    func mask(_ raw: [String]) -> KeywordBits {
        var bits = KeywordBits()
        for keyword in raw.compactMap(Keyword.init) {
            if let index = positions[String(decoding: keyword.bytes, as: UTF8.self)] { bits.insert(index) }
        }
        return bits
    }

    /// How to turn bits computed for the list `previous` (folded) into bits for this one: for
    /// each keyword here, its position there; nil when a keyword here is not there (its matches
    /// are unknown, so the articles must be read again).
    public func positions(in previous: [String]) -> [Int]? {
        guard previous != folded else { return Array(folded.indices) }
        let old = Dictionary(previous.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        var result: [Int] = []
        for keyword in folded {
            guard let position = old[keyword] else { return nil }
            result.append(position)
        }
        return result
    }
}
