#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// What `YAMLElision` and `BlockYAMLReader` both look for in YAML bytes before libyaml does.
enum YAMLBytes {
    /// The keys both read: a letter or `_`, then letters, digits, `_` and `-`. Every key
    /// front matter uses has this shape; any other goes to libyaml as written.
    static func isKeyStart(_ byte: UInt8) -> Bool {
        (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || byte == UInt8(ascii: "_")
    }

    static func isKeyCharacter(_ byte: UInt8) -> Bool {
        isKeyStart(byte) || (0x30...0x39).contains(byte) || byte == UInt8(ascii: "-")
    }

    /// The index of the first `byte` in `start..<end` of `text`, by memchr.
    static func index(of byte: UInt8, in text: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int? {
        guard start < end, let hit = memchr(text.baseAddress! + start, Int32(byte), end - start) else { return nil }
        return UnsafeRawPointer(hit) - UnsafeRawPointer(text.baseAddress!)
    }
}
