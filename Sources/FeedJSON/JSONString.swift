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
        // Every byte of a multi-byte UTF-8 sequence is ≥ 0x80, so looking at bytes never splits
        // a character: only ASCII bytes are ever escaped.
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out += #"\""#.utf8
            case UInt8(ascii: "\\"): out += #"\\"#.utf8
            case 0x08: out += #"\b"#.utf8
            case 0x09: out += #"\t"#.utf8
            case 0x0A: out += #"\n"#.utf8
            case 0x0C: out += #"\f"#.utf8
            case 0x0D: out += #"\r"#.utf8
            case 0x00..<0x20, UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"):
                out += #"\u00"#.utf8
                out.append(hexDigits[Int(byte >> 4)])
                out.append(hexDigits[Int(byte & 0x0F)])
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }

    private static let hexDigits = Array("0123456789ABCDEF".utf8)
}
