#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// A compact binary encoding for the cache: LEB128 integers and length-prefixed UTF-8.
/// Hand-written because the cache is read on every cron run: Foundation's JSON coders
/// would take longer than the whole unchanged run is allowed to.
///
/// Writing to a file (`init(flushingTo:)`), the bytes go out a buffer at a time: at a million
/// articles the whole encoding (about 150 MB) held in memory at the end of the run set its peak.
struct ByteWriter {
    private(set) var bytes: [UInt8] = []
    /// The file full buffers are written to; nil keeps every byte in `bytes`.
    private let file: Int32?
    /// Whether a write to `file` failed (the rest is then dropped).
    private(set) var failed = false

    private static let bufferSize = 1 << 20

    init() { file = nil }

    /// Reserving what the whole encoding will take spares the copies of a growing array:
    /// at 100,000 articles those doubled the cache's 19 MB in peak memory.
    init(reservingCapacity capacity: Int) {
        file = nil
        bytes.reserveCapacity(capacity)
    }

    /// A writer to the open file `descriptor`; call `flush()` at the end.
    init(flushingTo descriptor: Int32) {
        file = descriptor
        bytes.reserveCapacity(Self.bufferSize + 4096)
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
        if file != nil && bytes.count >= Self.bufferSize { flush() }
    }

    mutating func optionalString(_ value: String?) {
        uint(value == nil ? 0 : 1)
        if let value { string(value) }
    }

    mutating func strings(_ values: [String]) {
        uint(UInt64(values.count))
        for value in values { string(value) }
    }

    /// Writes what the buffer holds to the file; false once any write failed.
    @discardableResult
    mutating func flush() -> Bool {
        guard let file, !failed else { return !failed }
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { write(file, $0.baseAddress! + written, $0.count - written) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else {
                failed = true
                break
            }
            written += count
        }
        bytes.removeAll(keepingCapacity: true)
        return !failed
    }
}
