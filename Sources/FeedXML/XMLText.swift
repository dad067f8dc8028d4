internal import ByteScan

/// Text made safe for an XML 1.0 document.
enum XMLText {
    /// Removes what XML 1.0 §2.2 forbids or discourages: C0 controls other than tab, LF and CR
    /// (U+0000 would also truncate the value in libxml2), DEL and the C1 controls
    /// (U+007F–U+009F), and U+FFFE/U+FFFF. libxml2's writer emits these raw and reports
    /// success, leaving a document no parser accepts, so every string passes through here, or
    /// through `XMLEscaping`, which drops the same characters as it escapes.
    static func clean(_ text: String) -> String {
        guard hasDisallowed(text) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where isAllowed(scalar) { scalars.append(scalar) }
        return String(scalars)
    }

    /// The check on the UTF-8 bytes, exact: C0 controls (but tab, LF, CR), DEL, C1 controls
    /// (C2 80–C2 9F) and U+FFFE/U+FFFF (EF BF BE/BF).
    private static func hasDisallowed(_ text: String) -> Bool {
        // A word at a time: every string of every feed passes here, and almost none holds a
        // byte that may start such a character.
        text.withUTF8Bytes { bytes in
            ByteScan.firstIndex(in: bytes, markedBy: ByteScan.controlLeads(in:), where: { disallowedLength(bytes, at: $0) > 0 }) != nil
        }
    }

    /// The UTF-8 length of the forbidden character starting at `index`, 0 when it is allowed
    /// (only bytes `ByteScan.controlLeads` marks can start one).
    @inline(__always)
    static func disallowedLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        switch bytes[index] {
        case 0x09, 0x0A, 0x0D: 0
        case 0x00...0x1F, 0x7F: 1
        case 0xC2: index + 1 < bytes.count && (0x80...0x9F).contains(bytes[index + 1]) ? 2 : 0
        case 0xEF: index + 2 < bytes.count && bytes[index + 1] == 0xBF && (bytes[index + 2] == 0xBE || bytes[index + 2] == 0xBF) ? 3 : 0
        default: 0
        }
    }

    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: return true
        case 0x00...0x1F, 0x7F...0x9F, 0xFFFE, 0xFFFF: return false
        default: return true
        }
    }
}
