internal import ByteScan

extension String {
    /// Plain text as HTML text: `&`, `<` and `>` escaped, so a `<b>` in an excerpt reads as text.
    public var htmlEscapedText: String { escaping { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E } }

    /// Plain text as a double-quoted HTML attribute value: `&`, `<`, `>` and `"` escaped.
    var htmlEscapedAttribute: String { escaping { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 } }

    private func escaping(_ needsEscape: (UInt8) -> Bool) -> String {
        guard anyUTF8Byte(where: needsEscape) else { return self }
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count + 16)
        for byte in utf8 {
            switch byte {
            case 0x26 where needsEscape(byte): out += "&amp;".utf8
            case 0x3C where needsEscape(byte): out += "&lt;".utf8
            case 0x3E where needsEscape(byte): out += "&gt;".utf8
            case 0x22 where needsEscape(byte): out += "&quot;".utf8
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
