/// The numbers of strings `SharedStrings` numbered lately, found by the string's two words
/// (its storage, for a long string) rather than by hashing its text: the summaries a cache
/// encodes point at the table's own copies (shared as they were read or decoded), so almost
/// every lookup is one of a few hundred strings seen before. Hashing and comparing each text
/// was two fifths of encoding the cache (367 M instructions a one-change run at 100,000 articles).
struct RecentStrings {
    private struct Slot {
        var words: (UInt64, UInt64) = (0, 0)
        var number = -1
    }

    /// Direct-mapped: a string's slot is a hash of its words; a collision replaces the slot.
    private var slots = [Slot](repeating: Slot(), count: 1 << Self.slotBits)
    private static let slotBits = 12

    /// The number remembered for this very string (the same two words), or nil.
    func number(of value: String) -> Int? {
        let words = value.storageWords
        let slot = slots[Self.slot(of: words)]
        return slot.number >= 0 && slot.words == words ? slot.number : nil
    }

    /// Remembers `number` for `value`, which the caller keeps alive while it asks.
    mutating func remember(_ value: String, as number: Int) {
        let words = value.storageWords
        slots[Self.slot(of: words)] = Slot(words: words, number: number)
    }

    private static func slot(of words: (UInt64, UInt64)) -> Int {
        Int(truncatingIfNeeded: ((words.0 ^ words.1 &* 0x9E37_79B9_7F4A_7C15) &* 0xFF51_AFD7_ED55_8CCD) >> UInt64(64 - slotBits))
    }
}
