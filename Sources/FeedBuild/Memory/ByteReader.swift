/// Reads what `ByteWriter` wrote; any overrun or malformed number throws `Malformed`.
///
/// It reads bytes it does not own (a mapped cache file, or an array the caller keeps alive
/// while reading): only the parts read are ever paged in, and strings are copied out.
struct ByteReader {
    struct Malformed: Error {}

    private let bytes: UnsafeRawBufferPointer
    private(set) var position = 0

    init(_ bytes: UnsafeRawBufferPointer, from position: Int = 0) {
        self.bytes = bytes
        self.position = position
    }

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

    /// A count or size as `ByteWriter.uint` wrote it.
    mutating func integer() throws(Malformed) -> Int { Int(truncatingIfNeeded: try uint()) }

    mutating func count() throws(Malformed) -> Int {
        let value = try uint()
        guard value <= UInt64(bytes.count - position) else { throw Malformed() }
        return Int(value)
    }

    mutating func string() throws(Malformed) -> String {
        let length = try count()
        defer { position += length }
        return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[position..<position + length]), as: UTF8.self)
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
