/// A 64-bit fingerprint of words and texts taken eight bytes at a time (not for security):
/// what each shown article adds to its feeds' fingerprints (`EntryFingerprints`), and those
/// articles folded into a feed's. FNV-1a's byte-at-a-time loop over every entry's URL, paths and
/// versions, once for each feed showing it, was most of planning a rebuild.
///
/// Each step, `(state ^ word) * K` then a shift-xor, is a bijection of the state: two inputs
/// of the same shape that differ in one word always give different values.
struct WordHash {
    private var state: UInt64 = 0x243F_6A88_85A3_08D3

    /// The fingerprint of what was added, its bits mixed (MurmurHash3's finalizer): it is
    /// itself hashed as a word, and used as a key (`EntryMemory`).
    var value: UInt64 {
        var mixed = state
        mixed ^= mixed >> 33
        mixed = mixed &* 0xFF51_AFD7_ED55_8CCD
        mixed ^= mixed >> 33
        mixed = mixed &* 0xC4CE_B9FE_1A85_EC53
        return mixed ^ (mixed >> 33)
    }

    mutating func add(_ word: UInt64) {
        state = (state ^ word) &* 0x9E37_79B9_7F4A_7C15
        state ^= state >> 29
    }

    mutating func add(_ number: Int64) { add(UInt64(bitPattern: number)) }

    /// A text's UTF-8 bytes after their count, so that where one text ends is part of the value.
    mutating func add(_ text: String) {
        // In place when the text is contiguous UTF-8 (a native string): a copy to call the
        // mutating `withUTF8` on retained it.
        if let added: Void = text.utf8.withContiguousStorageIfAvailable({ add(bytes: UnsafeRawBufferPointer($0)) }) { return added }
        var text = text
        text.withUTF8 { add(bytes: UnsafeRawBufferPointer($0)) }
    }

    private mutating func add(bytes: UnsafeRawBufferPointer) {
        add(UInt64(bytes.count))
        var offset = 0
        while offset + 8 <= bytes.count {
            add(UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)))
            offset += 8
        }
        guard offset < bytes.count else { return }
        var tail: UInt64 = 0
        for (shift, byte) in zip(stride(from: 0, to: 64, by: 8), bytes[offset...]) { tail |= UInt64(byte) << UInt64(shift) }
        add(tail)
    }
}
