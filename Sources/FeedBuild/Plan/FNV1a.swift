/// FNV-1a, 64-bit: a stable fingerprint of bytes (not for security).
struct FNV1a {
    private(set) var value: UInt64 = 0xCBF2_9CE4_8422_2325

    mutating func add<S: Sequence>(_ bytes: S) where S.Element == UInt8 {
        // Contiguous bytes (an array, a native string's UTF-8) in a plain loop; the same value.
        if let added: Void = bytes.withContiguousStorageIfAvailable({ add(buffer: $0) }) { return added }
        for byte in bytes {
            value ^= UInt64(byte)
            value = value &* 0x0000_0100_0000_01B3
        }
    }

    private mutating func add(buffer: UnsafeBufferPointer<UInt8>) {
        var value = value
        for byte in buffer {
            value ^= UInt64(byte)
            value = value &* 0x0000_0100_0000_01B3
        }
        self.value = value
    }

    mutating func add(_ text: String) {
        // The contiguous bytes when the string has them: walking a UTF8View byte by byte costs
        // several times more, and every rebuild hashes every feed's entries.
        if text.utf8.withContiguousStorageIfAvailable({ add($0) }) == nil { add(text.utf8) }
        add(CollectionOfOne(0x1F))
    }

    mutating func add(_ number: Int64) {
        withUnsafeBytes(of: number.littleEndian) { add($0) }
    }
}
