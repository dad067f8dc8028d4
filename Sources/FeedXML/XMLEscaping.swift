/// libxml2's escapes, as its writer applies them, for text written in Swift.
enum XMLEscaping {
    /// Text inside an element, as `xmlEncodeSpecialChars` escapes it: `&`, `<`, `>`, `"` and CR.
    static func appendText(_ text: String, to out: inout [UInt8]) {
        append(text, to: &out, textEscape)
    }

    /// An attribute's value, as `xmlBufAttrSerializeTxtContent` escapes it in a UTF-8 document:
    /// what text escapes, and LF and tab as character references too; non-ASCII as is.
    static func appendAttribute(_ text: String, to out: inout [UInt8]) {
        append(text, to: &out) { byte in
            switch byte {
            case 0x0A: "&#10;"
            case 0x09: "&#9;"
            default: textEscape(byte)
            }
        }
    }

    /// The escapes text and attribute values share.
    @inline(__always)
    private static func textEscape(_ byte: UInt8) -> StaticString? {
        switch byte {
        case UInt8(ascii: "&"): "&amp;"
        case UInt8(ascii: "<"): "&lt;"
        case UInt8(ascii: ">"): "&gt;"
        case UInt8(ascii: "\""): "&quot;"
        case 0x0D: "&#13;"
        default: nil
        }
    }

    /// `text` with each byte `escape` names replaced; runs between escapes are copied whole.
    @inline(__always)
    private static func append(_ text: String, to out: inout [UInt8], _ escape: (UInt8) -> StaticString?) {
        var text = text
        text.withUTF8 { bytes in
            var runStart = 0
            for index in 0..<bytes.count {
                // Only ASCII is ever escaped, and no byte of a multi-byte character is ASCII.
                guard bytes[index] < 0x3F, let replacement = escape(bytes[index]) else { continue }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                out.append(contentsOf: UnsafeBufferPointer(start: replacement.utf8Start, count: replacement.utf8CodeUnitCount))
                runStart = index + 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
        }
    }
}
