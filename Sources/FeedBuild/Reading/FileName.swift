#if canImport(Glibc)
import Glibc
#endif

/// File names as the file system has them: bytes, which need not be UTF-8 (a Latin-1 `café.md`
/// from a ZIP file or a Samba share).
///
/// Paths travel through the engine as Strings; a name that is not valid UTF-8 is kept in one
/// without loss: each byte of an invalid sequence becomes the private-use scalar
/// U+10FF00 + byte. `cString(_:)` turns those back into the bytes for every system call, and
/// messages show them as `\xE9`. A valid name is kept as it is (a name that itself holds
/// U+10FF80…U+10FFFF, from the last private-use plane, would be misread: none is expected).
enum FileName {
    private static let base: UInt32 = 0x10_FF00

    /// The name or path `bytes` as a String, invalid sequences kept byte by byte.
    static func string<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> String {
        if let valid = String(validating: bytes, as: UTF8.self) { return valid }
        var scalars = String.UnicodeScalarView()
        var rest = bytes[...]
        while !rest.isEmpty {
            var parser = Unicode.UTF8.ForwardParser()
            var iterator = rest.makeIterator()
            switch parser.parseScalar(from: &iterator) {
            case let .valid(encoded):
                scalars.append(Unicode.UTF8.decode(encoded))
                rest = rest.dropFirst(encoded.count)
            case let .error(length):
                for byte in rest.prefix(length) { scalars.append(Unicode.Scalar(base + UInt32(byte))!) }
                rest = rest.dropFirst(length)
            case .emptyInput:
                rest = rest.dropFirst(rest.count)
            }
        }
        return String(scalars)
    }

    /// Whether `path` holds bytes kept from a name that is not UTF-8.
    static func holdsBytes(_ path: String) -> Bool {
        // U+10FF80…U+10FFFF all begin with F4 8F BE or F4 8F BF in UTF-8; F4 is rare in any name.
        // Asked for every path of every run: one memchr, not a byte-by-byte walk.
        let mayHold = path.utf8.withContiguousStorageIfAvailable { $0.isEmpty ? false : memchr($0.baseAddress!, 0xF4, $0.count) != nil }
            ?? path.utf8.contains(0xF4)
        return mayHold && path.unicodeScalars.contains(where: isByte)
    }

    /// `path` as the NUL-terminated bytes the file system knows it by.
    static func cString(_ path: String) -> [CChar] {
        var bytes: [CChar] = []
        bytes.reserveCapacity(path.utf8.count + 1)
        for scalar in path.unicodeScalars {
            if isByte(scalar) {
                bytes.append(CChar(bitPattern: UInt8(scalar.value - base)))
            } else {
                bytes.append(contentsOf: String(scalar).utf8.map { CChar(bitPattern: $0) })
            }
        }
        return bytes + [0]
    }

    /// Calls `body` with `path` as the NUL-terminated bytes the file system knows it by.
    static func withSystemPath<Result>(_ path: String, _ body: (UnsafePointer<CChar>) -> Result) -> Result {
        guard holdsBytes(path) else { return path.withCString(body) }
        return cString(path).withUnsafeBufferPointer { body($0.baseAddress!) }
    }

    /// Whether `scalar` stands for one byte of a name that is not UTF-8.
    static func isByte(_ scalar: Unicode.Scalar) -> Bool {
        (base + 0x80...base + 0xFF).contains(scalar.value)
    }

    /// `\xE9` for the byte `scalar` stands for.
    static func escape(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value - base, radix: 16, uppercase: true)
        return "\\x" + (hex.count < 2 ? "0" : "") + hex
    }

    /// `path` for messages and reports: kept bytes shown as `\xE9`.
    static func escaped(_ path: String) -> String {
        guard holdsBytes(path) else { return path }
        var out = ""
        for scalar in path.unicodeScalars {
            if isByte(scalar) { out += escape(scalar) } else { out.unicodeScalars.append(scalar) }
        }
        return out
    }
}
