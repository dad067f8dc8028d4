/// Text made safe for an XML 1.0 document.
enum XMLText {
    /// Removes what XML 1.0 §2.2 forbids or discourages: C0 controls other than tab, LF and CR
    /// (U+0000 would also truncate the value in libxml2), DEL and the C1 controls
    /// (U+007F–U+009F), and U+FFFE/U+FFFF. libxml2's writer emits these raw and reports
    /// success, leaving a document no parser accepts, so every string passes through here.
    static func clean(_ text: String) -> String {
        guard hasDisallowed(text) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where isAllowed(scalar) { scalars.append(scalar) }
        return String(scalars)
    }

    /// The check on the UTF-8 bytes, exact: C0 controls (but tab, LF, CR), DEL, C1 controls
    /// (C2 80–C2 9F) and U+FFFE/U+FFFF (EF BF BE/BF).
    private static func hasDisallowed(_ text: String) -> Bool {
        let check = { (bytes: UnsafeBufferPointer<UInt8>) -> Bool in
            // Eight bytes at a time first: every string of every feed passes here, and almost
            // none holds a byte below 0x20, 0x7F, 0xC2 or 0xEF (bit tricks from "Bit Twiddling Hacks").
            let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
            func hasZeroByte(_ word: UInt64) -> Bool { (word &- ones) & ~word & highs != 0 }
            var index = 0
            while index < bytes.count {
                if index + 8 <= bytes.count {
                    let word = UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self)
                    let below20 = (word &- ones &* 0x20) & ~word & highs != 0
                    if !(below20 || hasZeroByte(word ^ (ones &* 0x7F)) || hasZeroByte(word ^ (ones &* 0xC2))
                        || hasZeroByte(word ^ (ones &* 0xEF))) {
                        index += 8
                        continue
                    }
                }
                let byte = bytes[index]
                switch byte {
                case 0x09, 0x0A, 0x0D: break
                case 0x00...0x1F, 0x7F: return true
                case 0xC2: if index + 1 < bytes.count, (0x80...0x9F).contains(bytes[index + 1]) { return true }
                case 0xEF:
                    if index + 2 < bytes.count, bytes[index + 1] == 0xBF, bytes[index + 2] == 0xBE || bytes[index + 2] == 0xBF { return true }
                default: break
                }
                index += 1
            }
            return false
        }
        return text.utf8.withContiguousStorageIfAvailable(check) ?? Array(text.utf8).withUnsafeBufferPointer(check)
    }

    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: return true
        case 0x00...0x1F, 0x7F...0x9F, 0xFFFE, 0xFFFF: return false
        default: return true
        }
    }

    /// Plain text as HTML: what goes into RSS `<description>` and Atom `type="html"`.
    static func html(fromPlain text: String) -> String {
        guard text.anyUTF8Byte(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E }) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            switch byte {
            case 0x26: out += "&amp;".utf8
            case 0x3C: out += "&lt;".utf8
            case 0x3E: out += "&gt;".utf8
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

extension String {
    /// Whether any UTF-8 byte satisfies `predicate`, over the contiguous bytes: iterating
    /// `utf8` through its indices costs several times more, and this runs on every string.
    func anyUTF8Byte(where predicate: (UInt8) -> Bool) -> Bool {
        utf8.withContiguousStorageIfAvailable { $0.contains(where: predicate) } ?? utf8.contains(where: predicate)
    }
}
