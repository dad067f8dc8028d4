internal import ByteScan

/// libxml2's escapes, as its writer applies them, for text written in Swift; what
/// `XMLText.clean` removes is dropped in the same pass.
enum XMLEscaping {
    /// Text inside an element, cleaned as `XMLText.clean` cleans it, then escaped as
    /// `xmlEncodeSpecialChars` escapes it: `&`, `<`, `>`, `"` and CR.
    static func appendText(_ text: String, to out: inout [UInt8]) {
        append(text, to: &out, isAttribute: false)
    }

    /// An attribute's value, cleaned likewise, then escaped as `xmlBufAttrSerializeTxtContent`
    /// escapes it in a UTF-8 document: what text escapes, and LF and tab as character
    /// references too; non-ASCII as is.
    static func appendAttribute(_ text: String, to out: inout [UInt8]) {
        append(text, to: &out, isAttribute: true)
    }

    /// What one byte of the text becomes.
    private enum Step {
        case keep
        case replace(StaticString)
        /// The byte and those after it, `count` in all: a character `XMLText.clean` removes.
        case drop(count: Int)
    }

    /// `text` cleaned and escaped, a word at a time: cleaning, then escaping, each byte by byte,
    /// were a sixth of rendering's instructions, and almost no byte of a feed needs either.
    /// Runs between the bytes that do are copied whole. Byte by byte is exact: only ASCII is
    /// escaped, and no byte of a multi-byte character is ASCII; what cleaning removes is whole
    /// characters, so escaping what is left is escaping each byte that stays.
    @inline(__always)
    private static func append(_ text: String, to out: inout [UInt8], isAttribute: Bool) {
        var text = text
        text.withUTF8 { bytes in
            var runStart = 0
            var index = ByteScan.firstMarked(in: bytes, from: 0, by: marks)
            while index < bytes.count {
                switch step(bytes, at: index, isAttribute: isAttribute) {
                case .keep:
                    index = ByteScan.firstMarked(in: bytes, from: index + 1, by: marks)
                    continue
                case let .replace(replacement):
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                    out.append(contentsOf: UnsafeBufferPointer(start: replacement.utf8Start, count: replacement.utf8CodeUnitCount))
                    runStart = index + 1
                case let .drop(count):
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                    runStart = index + count
                }
                index = ByteScan.firstMarked(in: bytes, from: runStart, by: marks)
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
        }
    }

    /// Marks every byte `step` may not keep: what may start a character cleaning removes
    /// (`ByteScan.controlLeads`, tab, LF and CR among them), `"` and `&` (0x22 and 0x26, one
    /// test with bit 2 cleared), `<` and `>` (0x3C and 0x3E, with bit 1 cleared).
    @inline(__always)
    private static func marks(_ word: UInt64) -> UInt64 {
        ByteScan.controlLeads(in: word)
            | ByteScan.equal(0x22, in: word & 0xFBFB_FBFB_FBFB_FBFB)
            | ByteScan.equal(0x3C, in: word & 0xFDFD_FDFD_FDFD_FDFD)
    }

    @inline(__always)
    private static func step(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, isAttribute: Bool) -> Step {
        switch bytes[index] {
        case UInt8(ascii: "&"): .replace("&amp;")
        case UInt8(ascii: "<"): .replace("&lt;")
        case UInt8(ascii: ">"): .replace("&gt;")
        case UInt8(ascii: "\""): .replace("&quot;")
        case 0x0D: .replace("&#13;")
        case 0x0A: isAttribute ? .replace("&#10;") : .keep
        case 0x09: isAttribute ? .replace("&#9;") : .keep
        default:
            // XMLText's own rule, so that cleaning here and in `XMLText.clean` cannot drift apart.
            switch XMLText.disallowedLength(bytes, at: index) {
            case 0: .keep
            case let length: .drop(count: length)
            }
        }
    }
}
