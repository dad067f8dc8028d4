internal import ByteScan
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

extension String {
    /// Without leading and trailing white space (Unicode's, so U+00A0 and U+3000 go too).
    func trimmingWhitespace() -> String {
        if let first = utf8.first, let last = utf8.last, Self.isPlainASCII(first), Self.isPlainASCII(last) { return self }
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return String(scalars[first...last])
    }

    /// One line of text: runs of white space (newlines included) become one space, ends trimmed.
    func collapsingWhitespace() -> String {
        if isAlreadyCollapsed { return self }
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// Single spaces between words only, and no byte that may start a non-ASCII space
    /// (U+0085, U+00A0, U+1680, U+2000–U+205F, U+3000): the common case, which needs no work.
    private var isAlreadyCollapsed: Bool {
        withUTF8Bytes(Self.isCollapsed)
    }

    private static func isCollapsed(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var previousWasSpace = true
        var previous: UInt8 = 0, beforePrevious: UInt8 = 0
        for byte in bytes {
            defer { (beforePrevious, previous) = (previous, byte) }
            if byte >= 0x80 {
                let isSpace = (previous == 0xC2 && (byte == 0x85 || byte == 0xA0))
                    || (beforePrevious == 0xE1 && previous == 0x9A && byte == 0x80)
                    || (beforePrevious == 0xE2 && previous == 0x80 && ((0x80...0x8A).contains(byte) || byte == 0xA8 || byte == 0xA9 || byte == 0xAF))
                    || (beforePrevious == 0xE2 && previous == 0x81 && byte == 0x9F)
                    || (beforePrevious == 0xE3 && previous == 0x80 && byte == 0x80)
                if isSpace { return false }
                previousWasSpace = false
                continue
            }
            if byte < 0x20 && byte != 0 { return false }
            if byte == 0x20 {
                if previousWasSpace { return false }
                previousWasSpace = true
            } else {
                previousWasSpace = false
            }
        }
        return !previousWasSpace || bytes.isEmpty
    }

    /// A printable ASCII byte that is not a space.
    static func isPlainASCII(_ byte: UInt8) -> Bool { byte > 0x20 && byte < 0x7F }

    /// At most `limit` characters; the documented cap on a field's length.
    func truncated(to limit: Int) -> String {
        isLonger(than: limit) ? String(prefix(limit)) : self
    }

    /// Whether the text has more than `limit` characters. Counting characters walks grapheme
    /// clusters, so the byte count, never smaller, answers the common case first.
    func isLonger(than limit: Int) -> Bool {
        utf8.count > limit && count > limit
    }
}

extension String {
    /// Without HTML tags (`<b>`, `</b>`, `<br/>`, `<a href="…">`): titles are plain text, and
    /// markup left in them by scrapers shows as literal tags in every reader. Only elements of
    /// HTML count as tags, so `x < y` and `AT&T <Labs>` stay as written.
    private static let htmlElements: Set<String> = [
        "a", "abbr", "b", "bdi", "bdo", "big", "blink", "blockquote", "body", "br", "button", "canvas", "center",
        "cite", "code", "del", "dfn", "div", "em", "embed", "font", "form", "frame", "h1", "h2", "h3", "h4", "h5",
        "h6", "head", "hr", "html", "i", "iframe", "img", "input", "ins", "kbd", "li", "link", "mark", "meta",
        "nobr", "object", "ol", "p", "pre", "q", "s", "samp", "script", "small", "span", "strike", "strong",
        "style", "sub", "sup", "svg", "table", "td", "th", "time", "tr", "tt", "u", "ul", "var", "video", "wbr",
    ]

    func removingHTMLTags() -> String {
        guard holdsUTF8Byte(UInt8(ascii: "<")) else { return self }
        var out = ""
        var rest = self[...]
        while let open = rest.firstIndex(of: "<") {
            out += rest[..<open]
            let afterOpen = rest[rest.index(after: open)...]
            let name = afterOpen.first == "/" ? afterOpen.dropFirst() : afterOpen
            if let first = name.first, first.isASCII, first.isLetter,
               let close = name.prefix(500).firstIndex(where: { $0 == ">" || $0 == "<" }), name[close] == ">",
               Self.htmlElements.contains(name[..<close].prefix { $0.isASCII && ($0.isLetter || $0.isNumber) }.lowercased()) {
                rest = rest[rest.index(after: close)...]
            } else {
                out += "<"
                rest = afterOpen
            }
        }
        return out + rest
    }
}

extension String {
    /// Whether one of the UTF-8 bytes is `byte`, found by memchr: several times cheaper than
    /// `anyUTF8Byte`'s loop on a summary, and every summary is searched for `<` twice in pass 1.
    func holdsUTF8Byte(_ byte: UInt8) -> Bool {
        withUTF8Bytes { bytes in bytes.baseAddress.map { memchr($0, Int32(byte), bytes.count) != nil } ?? false }
    }

    /// Whether the text holds a character `removingControlCharacters` removes.
    var hasControlCharacters: Bool {
        withUTF8Bytes(Self.mayHoldControlCharacter) && unicodeScalars.contains(where: Self.isControl)
    }

    /// Whether a byte may start a control character: below 0x20 but tab, LF and CR, DEL, or the
    /// lead bytes of C1 controls (C2) and U+FFFE/U+FFFF (EF). A word at a time, as every
    /// field and body passes here.
    static func mayHoldControlCharacter(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // Tab, LF and CR are marked too, and told apart byte by byte.
        ByteScan.firstIndex(in: bytes, markedBy: ByteScan.controlLeads(in:), where: { isControlByte(bytes[$0]) }) != nil
    }

    private static func isControlByte(_ byte: UInt8) -> Bool {
        byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D || byte == 0x7F || byte == 0xC2 || byte == 0xEF
    }

    /// Without the characters XML 1.0 forbids or discourages: C0 controls but tab, LF and CR,
    /// DEL and the C1 controls, U+FFFE and U+FFFF.
    func removingControlCharacters() -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in unicodeScalars where !Self.isControl(scalar) { scalars.append(scalar) }
        return String(scalars)
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: return false
        case 0x00...0x1F, 0x7F...0x9F, 0xFFFE, 0xFFFF: return true
        default: return false
        }
    }
}
