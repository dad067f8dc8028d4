internal import ByteScan

/// JSON string literals (RFC 8259 §7).
enum JSONString {
    /// `text` as a quoted JSON string. `"` and `\` are escaped; so are the control characters
    /// U+0000–U+001F, which §7 forbids raw: by their two-character forms where JSON has one
    /// (`\b \t \n \f \r`), else as `\u00XX`. `<`, `>` and `&` are written `\u003C`, `\u003E`,
    /// `\u0026`, so that no document holds `<script` or `]]>` even as text and a feed can be
    /// embedded in an HTML page safely. Everything else is written as is in UTF-8: `/`
    /// (escaping it is optional), DEL and the C1 controls (legal in JSON), and all non-ASCII.
    static func append(_ text: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var text = text
        // Runs of bytes that need no escape are copied whole, found a word at a time: byte by
        // byte, this was the most expensive part of writing a feed.
        text.withUTF8 { bytes in
            var runStart = 0
            var index = ByteScan.firstMarked(in: bytes, from: 0, by: marks)
            while index < bytes.count {
                // Every byte of a multi-byte UTF-8 sequence is ≥ 0x80, so looking at bytes never
                // splits a character: only ASCII bytes are ever escaped.
                if needsEscape(bytes[index]) {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                    appendEscape(bytes[index], to: &out)
                    runStart = index + 1
                }
                index = ByteScan.firstMarked(in: bytes, from: index + 1, by: marks)
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
        }
        out.append(UInt8(ascii: "\""))
    }

    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x3C || byte == 0x3E || byte == 0x26
    }

    /// Marks every byte `needsEscape` names (a borrow may mark a byte above one, which it then
    /// keeps): controls, `\`, `"` and `&` (0x22 and 0x26, one test with bit 2 cleared), `<` and
    /// `>` (0x3C and 0x3E, one test with bit 1 cleared).
    @inline(__always)
    private static func marks(_ word: UInt64) -> UInt64 {
        ByteScan.below(0x20, in: word) | ByteScan.equal(0x5C, in: word)
            | ByteScan.equal(0x22, in: word & 0xFBFB_FBFB_FBFB_FBFB) | ByteScan.equal(0x3C, in: word & 0xFDFD_FDFD_FDFD_FDFD)
    }

    /// The escape of one byte that needs it, written straight into `out`.
    private static func appendEscape(_ byte: UInt8, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\\"))
        switch byte {
        case UInt8(ascii: "\""): out.append(UInt8(ascii: "\""))
        case UInt8(ascii: "\\"): out.append(UInt8(ascii: "\\"))
        case 0x08: out.append(UInt8(ascii: "b"))
        case 0x09: out.append(UInt8(ascii: "t"))
        case 0x0A: out.append(UInt8(ascii: "n"))
        case 0x0C: out.append(UInt8(ascii: "f"))
        case 0x0D: out.append(UInt8(ascii: "r"))
        default:
            out.append(UInt8(ascii: "u"))
            out.append(UInt8(ascii: "0"))
            out.append(UInt8(ascii: "0"))
            out.append(hexDigits[Int(byte >> 4)])
            out.append(hexDigits[Int(byte & 0x0F)])
        }
    }

    private static let hexDigits = Array("0123456789ABCDEF".utf8)
}
