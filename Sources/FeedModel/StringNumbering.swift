/// Strings numbered 0, 1, 2… in first-seen order, found again by a cheap hash of their UTF-8
/// bytes: a catalog looks up 100,000 URLs and some 500,000 topic, provider and language
/// spellings on every rebuild, and `Dictionary<String, _>` hashed each with SipHash.
///
/// Strings with the same bytes always get one number. Canonically equivalent strings with
/// different bytes ("é" composed and decomposed) usually get two: callers either group by a
/// cleaned form afterwards, or number only ASCII strings (`allASCII`), whose equality is
/// byte equality.
struct StringNumbering {
    /// The strings numbered, by number.
    private(set) var strings: [String] = []
    /// Whether every string numbered so far is ASCII.
    private(set) var allASCII = true
    /// Open addressing: a number, or -1 for an empty slot; the table is kept at most half full.
    private var slots: [Int32]
    private var hashes: [UInt64] = []

    /// A numbering sized for about `capacity` strings.
    init(capacity: Int = 16) {
        slots = Array(repeating: -1, count: Self.slotCount(for: capacity))
        strings.reserveCapacity(capacity)
        hashes.reserveCapacity(capacity)
    }

    var count: Int { strings.count }

    /// The number of `text`, numbering it next when it is new.
    mutating func number(of text: String) -> (number: Int, isNew: Bool) {
        let (hash, isASCII) = Self.hash(text)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 {
            let known = Int(slots[slot])
            if hashes[known] == hash && strings[known] == text { return (known, false) }
            slot = (slot + 1) & mask
        }
        let number = strings.count
        slots[slot] = Int32(number)
        strings.append(text)
        hashes.append(hash)
        allASCII = allASCII && isASCII
        if strings.count * 2 > slots.count { grow() }
        return (number, true)
    }

    private mutating func grow() {
        slots = Array(repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for (number, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(number)
        }
    }

    private static func slotCount(for capacity: Int) -> Int {
        var count = 16
        while count < capacity * 2 { count *= 2 }
        return count
    }

    /// A 64-bit hash of `text`'s UTF-8 bytes, eight at a time, and whether they are all ASCII.
    private static func hash(_ text: String) -> (UInt64, Bool) {
        if let hashed = text.utf8.withContiguousStorageIfAvailable({ hash(UnsafeRawBufferPointer($0)) }) { return hashed }
        return Array(text.utf8).withUnsafeBytes { hash($0) }
    }

    private static func hash(_ bytes: UnsafeRawBufferPointer) -> (UInt64, Bool) {
        var hash = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        var high: UInt64 = 0
        var offset = 0
        while offset + 8 <= bytes.count {
            let word = bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            high |= word
            hash = mix(hash ^ word)
            offset += 8
        }
        var tail: UInt64 = 0
        while offset < bytes.count {
            tail |= UInt64(bytes[offset]) << UInt64(8 * (offset & 7))
            offset += 1
        }
        high |= tail
        return (mix(hash ^ tail), high & 0x8080_8080_8080_8080 == 0)
    }

    /// Spreads every bit over the word (the finaliser of MurmurHash3), so that the low bits
    /// that pick a slot depend on all of the bytes.
    private static func mix(_ value: UInt64) -> UInt64 {
        var value = value
        value ^= value >> 33
        value = value &* 0xFF51_AFD7_ED55_8CCD
        value ^= value >> 33
        value = value &* 0xC4CE_B9FE_1A85_EC53
        value ^= value >> 33
        return value
    }
}
