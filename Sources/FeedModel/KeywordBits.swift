/// Which of the site's keywords (`KeywordList`, by position) occur in one article: what pass 1
/// keeps instead of the article's text. Words past the last set bit are not stored, so an
/// article matching no keyword holds no allocation.
public struct KeywordBits: Sendable, Hashable {
    /// Bit `i % 64` of word `i / 64` is keyword `i`; no trailing zero words.
    public private(set) var words: [UInt64] = []

    /// No keyword.
    public init() {}

    /// The bits of `words` as stored (trailing zero words dropped).
    public init(words: [UInt64]) {
        self.words = words
        while self.words.last == 0 { self.words.removeLast() }
    }

    public var isEmpty: Bool { words.isEmpty }

    /// Sets keyword `index`.
    public mutating func insert(_ index: Int) {
        let word = index / 64
        if words.count <= word { words += repeatElement(0, count: word + 1 - words.count) }
        words[word] |= 1 << UInt64(index % 64)
    }

    /// Whether keyword `index` is set.
    public func contains(_ index: Int) -> Bool {
        let word = index / 64
        return word < words.count && words[word] & (1 << UInt64(index % 64)) != 0
    }

    /// Whether a keyword is set in both.
    public func intersects(_ other: KeywordBits) -> Bool {
        for index in 0..<min(words.count, other.words.count) where words[index] & other.words[index] != 0 { return true }
        return false
    }

    /// These bits, computed for another list, for the list `positions` (`KeywordList.positions(in:)`) maps to.
    public func remapped(_ positions: [Int]) -> KeywordBits {
        guard !isEmpty else { return self }
        var bits = KeywordBits()
        for (index, old) in positions.enumerated() where contains(old) { bits.insert(index) }
        return bits
    }
}
