/// libxml2's escapes as its HTML serializer applies them (2.9.14: `xmlEncodeEntitiesReentrant`
/// and `xmlEncodeAttributeEntities` in entities.c, `htmlAttrDumpOutput` in HTMLtree.c,
/// `xmlURIEscapeStr` in uri.c, `xmlBufWriteQuotedString` in buf.c), for `HTMLByteWriter`.
enum HTMLEscaping {
    /// Text outside `script` and `style`, as `xmlEncodeEntitiesReentrant` escapes it in an
    /// HTML document: `&`, `<` and `>` as references, other controls than tab, LF and CR
    /// dropped, the rest (quotes, non-ASCII) as is.
    static func appendText(_ text: String, to out: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            var runStart = 0
            for index in 0..<bytes.count where bytes[index] < 0x3F && !isPlainText(bytes[index]) {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                appendReference(for: bytes[index], to: &out)
                runStart = index + 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
        }
    }

    /// An attribute's value with its quotes, as `htmlAttrDumpOutput` writes it: escaped as text
    /// is (but for HTML 4's `&{…}` and `<!--…-->`, kept as is), then for a URL attribute
    /// (`isURL`) stripped of leading blanks and percent-encoded, then quoted.
    static func appendAttribute(_ value: String, isURL: Bool, to out: inout [UInt8]) {
        var value = value
        value.withUTF8 { bytes in
            // Almost every value: nothing to escape, so the bytes as they are, in double quotes.
            if isURL ? bytes.allSatisfy(isPlainURLByte) : bytes.allSatisfy(isPlainValueByte) {
                out.append(UInt8(ascii: "\""))
                out.append(contentsOf: bytes)
                out.append(UInt8(ascii: "\""))
                return
            }
            let escaped = escapedValue(bytes)
            appendQuoted(isURL ? escapedURL(escaped.drop(while: isBlank)) : escaped, to: &out)
        }
    }

    /// Bytes text copies as they are (`appendText` looks only below `?`).
    private static func isPlainText(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"): false
        case 0x09, 0x0A, 0x0D: true
        default: byte >= 0x20
        }
    }

    private static func appendReference(for byte: UInt8, to out: inout [UInt8]) {
        switch byte {
        case UInt8(ascii: "&"): out.append(contentsOf: "&amp;".utf8)
        case UInt8(ascii: "<"): out.append(contentsOf: "&lt;".utf8)
        case UInt8(ascii: ">"): out.append(contentsOf: "&gt;".utf8)
        default: break  // a control character, dropped
        }
    }

    /// Bytes a value keeps through every step: no escape, no quote, no blank.
    private static func isPlainValueByte(_ byte: UInt8) -> Bool {
        byte >= 0x20 && byte != UInt8(ascii: "&") && byte != UInt8(ascii: "<") && byte != UInt8(ascii: ">")
            && byte != UInt8(ascii: "\"")
    }

    /// Bytes a URL keeps through every step: what `xmlURIEscapeStr` keeps, but for what is
    /// escaped before (`&`, `<`, `>`).
    private static func isPlainURLByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"): false
        default: isKeptInURL(byte)
        }
    }

    /// What `xmlURIEscapeStr` keeps: RFC 2396's unreserved characters (letters, digits and
    /// `-_.!~*'()`), `@`, and the list `htmlAttrDumpOutput` gives it, `/:=?;#%&,+<>`.
    private static func isKeptInURL(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"): true
        case UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "~"), UInt8(ascii: "*"),
             UInt8(ascii: "'"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "@"): true
        case UInt8(ascii: "/"), UInt8(ascii: ":"), UInt8(ascii: "="), UInt8(ascii: "?"), UInt8(ascii: ";"), UInt8(ascii: "#"),
             UInt8(ascii: "%"), UInt8(ascii: "&"), UInt8(ascii: ","), UInt8(ascii: "+"), UInt8(ascii: "<"), UInt8(ascii: ">"): true
        default: false
        }
    }

    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    /// `xmlEncodeAttributeEntities` in an HTML document.
    private static func escapedValue(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 16)
        var index = 0
        while index < bytes.count {
            if let end = keptAsIs(bytes, at: index) {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<end]))
                index = end
                continue
            }
            if isPlainText(bytes[index]) { out.append(bytes[index]) } else { appendReference(for: bytes[index], to: &out) }
            index += 1
        }
        return out
    }

    /// Where a construct HTML 4 keeps in attribute values ends, when one starts at `index`: a
    /// server-side include `<!--…-->`, or `&{…}` (HTML 4.01 §B.7.1).
    private static func keptAsIs(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        let rest = UnsafeBufferPointer(rebasing: bytes[index...])
        if rest.starts(with: "<!--".utf8) {
            // libxml2 looks for the end from the `<` on, so `<!-->` is one whole.
            let closing = Array("-->".utf8)
            guard let end = (0...(rest.count - 3)).first(where: { rest[$0..<$0 + 3].elementsEqual(closing) }) else { return nil }
            return index + end + 3
        }
        if rest.starts(with: "&{".utf8), let end = rest.firstIndex(of: UInt8(ascii: "}")) {
            return index + end + 1
        }
        return nil
    }

    /// `xmlURIEscapeStr` with the list `htmlAttrDumpOutput` gives it: `%XX` for every byte it
    /// does not keep.
    private static func escapedURL(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 20)
        let hex = Array("0123456789ABCDEF".utf8)
        for byte in bytes {
            if isKeptInURL(byte) {
                out.append(byte)
            } else {
                out.append(contentsOf: [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
            }
        }
        return out
    }

    /// `xmlBufWriteQuotedString`: in double quotes, or in single quotes when the value holds a
    /// double quote, or in double quotes with `&quot;` when it holds both.
    private static func appendQuoted(_ value: [UInt8], to out: inout [UInt8]) {
        guard value.contains(UInt8(ascii: "\"")) else {
            out.append(UInt8(ascii: "\""))
            out.append(contentsOf: value)
            out.append(UInt8(ascii: "\""))
            return
        }
        guard value.contains(UInt8(ascii: "'")) else {
            out.append(UInt8(ascii: "'"))
            out.append(contentsOf: value)
            out.append(UInt8(ascii: "'"))
            return
        }
        out.append(UInt8(ascii: "\""))
        for byte in value {
            if byte == UInt8(ascii: "\"") { out.append(contentsOf: "&quot;".utf8) } else { out.append(byte) }
        }
        out.append(UInt8(ascii: "\""))
    }
}
