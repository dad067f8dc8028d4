internal import ByteScan

/// The characters `BlockYAMLReader` reads: a document holding any other goes to libyaml whole.
extension BlockYAMLReader {
    /// No byte that libyaml reads differently from us: controls other than LF and CR LF (tab
    /// included), DEL, C1 controls (NEL is a line break to libyaml), the Unicode line and
    /// paragraph separators, a byte order mark, and the non-characters U+FFFE and U+FFFF.
    static func hasOnlyPlainCharacters(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // Only bytes outside printable ASCII are looked at: line breaks and non-ASCII text.
        ByteScan.firstIndex(in: bytes, markedBy: { ByteScan.below(0x20, in: $0) | ByteScan.equal(0x7F, in: $0) | ByteScan.nonASCII(in: $0) },
                            where: { !isPlain(bytes, at: $0) }) == nil
    }

    /// Whether the character starting at `index` is one libyaml reads as we do.
    private static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let byte = bytes[index], count = bytes.count
        if byte >= 0x20 && byte < 0x7F || byte == 0x0A { return true }
        switch byte {
        case 0x0D:
            // CR LF is one line break to libyaml; a lone CR is one too, and is left to it.
            return index + 1 < count && bytes[index + 1] == 0x0A
        case 0xC2:
            return !(index + 1 < count && (0x80...0x9F).contains(bytes[index + 1]))
        case 0xE2:
            return !(index + 2 < count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9))
        case 0xEF:
            if index + 2 < count, bytes[index + 1] == 0xBB, bytes[index + 2] == 0xBF { return false }
            return !(index + 2 < count && bytes[index + 1] == 0xBF && bytes[index + 2] >= 0xBE)
        default:
            return byte >= 0x80
        }
    }
}
