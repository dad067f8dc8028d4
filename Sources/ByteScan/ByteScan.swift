/// Word-at-a-time scans of UTF-8 bytes: eight bytes are tested at once, and only a word that
/// holds a byte of interest is looked at byte by byte.
///
/// A test (`below`, `equal`, `nonASCII`, or several joined with `|`) sets the high bit of each
/// byte it matches in a word read little-endian (bit tricks from "Bit Twiddling Hacks"). A
/// borrow may also mark bytes above a match, never below one: the lowest mark is exact.
public enum ByteScan {
    @usableFromInline static let ones: UInt64 = 0x0101_0101_0101_0101
    @usableFromInline static let highs: UInt64 = 0x8080_8080_8080_8080

    /// The index of the first byte from `start` on that the caller must look at: the first
    /// that `marks` flags, or, when no whole word left holds one, the first of the last seven
    /// bytes or fewer (each of which the caller looks at); `bytes.count` at the end.
    @inlinable
    public static func firstMarked(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, by marks: (UInt64) -> UInt64) -> Int {
        guard let base = bytes.baseAddress else { return start }
        var index = start
        while index + 8 <= bytes.count {
            let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
            let marked = marks(word) & highs
            if marked != 0 { return index + marked.trailingZeroBitCount >> 3 }
            index += 8
        }
        return index
    }

    /// The first index for which `isMatch` holds, asking it only where `marks` flags a byte
    /// (and in the last few bytes): `marks` must flag every byte at which `isMatch` may hold.
    @inlinable
    public static func firstIndex(in bytes: UnsafeBufferPointer<UInt8>, markedBy marks: (UInt64) -> UInt64,
                                  where isMatch: (Int) -> Bool) -> Int? {
        var index = firstMarked(in: bytes, from: 0, by: marks)
        while index < bytes.count {
            if isMatch(index) { return index }
            index = firstMarked(in: bytes, from: index + 1, by: marks)
        }
        return nil
    }

    /// Marks the bytes below `limit`, which must be at most 0x80.
    @inlinable
    public static func below(_ limit: UInt8, in word: UInt64) -> UInt64 {
        (word &- ones &* UInt64(limit)) & ~word & highs
    }

    /// Marks the bytes equal to `byte`.
    @inlinable
    public static func equal(_ byte: UInt8, in word: UInt64) -> UInt64 {
        below(1, in: word ^ (ones &* UInt64(byte)))
    }

    /// Marks the bytes of 0x80 and above: every byte of a non-ASCII character.
    @inlinable
    public static func nonASCII(in word: UInt64) -> UInt64 {
        word & highs
    }

    /// Marks the bytes that may start a character XML 1.0 forbids or discourages: below 0x20
    /// (tab, LF and CR too), DEL, and the lead bytes of C1 controls (C2) and U+FFFE/U+FFFF (EF).
    @inlinable
    public static func controlLeads(in word: UInt64) -> UInt64 {
        below(0x20, in: word) | equal(0x7F, in: word) | equal(0xC2, in: word) | equal(0xEF, in: word)
    }
}
