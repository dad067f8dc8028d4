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
