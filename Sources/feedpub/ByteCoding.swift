/// A compact binary encoding for the cache: LEB128 integers and length-prefixed UTF-8.
/// Hand-written because the cache is read on every cron run: Foundation's JSON coders
/// would take longer than the whole unchanged run is allowed to.
struct ByteWriter {
    private(set) var bytes: [UInt8] = []

    init() {}

    /// Reserving what the whole encoding will take spares the copies of a growing array:
    /// at 100,000 articles those doubled the cache's 19 MB in peak memory.
    init(reservingCapacity capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    mutating func uint(_ value: UInt64) {
        var value = value
        while value >= 0x80 {
            bytes.append(UInt8(value & 0x7F) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }

    mutating func int(_ value: Int64) { uint(UInt64(bitPattern: value)) }

    mutating func string(_ value: String) {
        uint(UInt64(value.utf8.count))
        bytes += value.utf8
    }

    mutating func optionalString(_ value: String?) {
        uint(value == nil ? 0 : 1)
        if let value { string(value) }
    }

    mutating func strings(_ values: [String]) {
        uint(UInt64(values.count))
        for value in values { string(value) }
    }
}

struct ByteReader {
    struct Malformed: Error {}

    private let bytes: [UInt8]
    private var position = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var isAtEnd: Bool { position == bytes.count }

    mutating func uint() throws(Malformed) -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard position < bytes.count, shift < 64 else { throw Malformed() }
            let byte = bytes[position]
            position += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
    }

    mutating func int() throws(Malformed) -> Int64 { Int64(bitPattern: try uint()) }

    mutating func count() throws(Malformed) -> Int {
        let value = try uint()
        guard value <= UInt64(bytes.count - position) else { throw Malformed() }
        return Int(value)
    }

    mutating func string() throws(Malformed) -> String {
        let length = try count()
        defer { position += length }
        return String(decoding: bytes[position..<position + length], as: UTF8.self)
    }

    mutating func optionalString() throws(Malformed) -> String? {
        try uint() == 0 ? nil : try string()
    }

    mutating func strings() throws(Malformed) -> [String] {
        let count = try count()
        var values: [String] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try string()) }
        return values
    }
}

/// FNV-1a, 64-bit: a stable fingerprint of bytes (not for security).
struct FNV1a {
    private(set) var value: UInt64 = 0xCBF2_9CE4_8422_2325

    mutating func add<S: Sequence>(_ bytes: S) where S.Element == UInt8 {
        for byte in bytes {
            value ^= UInt64(byte)
            value = value &* 0x0000_0100_0000_01B3
        }
    }

    mutating func add(_ text: String) {
        add(text.utf8)
        add(CollectionOfOne(0x1F))
    }

    mutating func add(_ number: Int64) {
        withUnsafeBytes(of: number.littleEndian) { add($0) }
    }
}
