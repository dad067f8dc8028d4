internal import FeedYAML

/// Control characters, HTML in titles, the body's size.
extension ArticleFieldReader {
    /// A scalar's text without the control characters XML cannot carry (or discourages),
    /// removed here, before names are grouped, so `Con\u{2}trol` and `Control` are one topic.
    mutating func text(of scalar: YAMLScalar, _ key: String) -> String {
        guard scalar.text.hasControlCharacters else { return scalar.text }
        if !cleanedFields.contains(key) { cleanedFields.append(key) }
        return scalar.text.removingControlCharacters()
    }

    /// Titles are one line of plain text: HTML tags removed, then entities decoded (so an
    /// escaped `&lt;canvas&gt;` stays as text), spaces collapsed.
    static func cleanTitle(_ text: String) -> String {
        text.removingHTMLTags().decodingHTMLEntities().collapsingWhitespace()
    }

    static func positive(_ node: YAMLNode?) -> Int? {
        guard let scalar = node?.scalar, let value = Int(scalar.text), value > 0 else { return nil }
        return value
    }

    static func isHostName(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { CanonicalURL.isUnreserved($0) && $0 != UInt8(ascii: "~") && $0 != UInt8(ascii: "_") }
    }

    mutating func readBody(_ bytes: ArraySlice<UInt8>) -> String {
        var bytes = bytes
        if bytes.count > ArticleDecoder.Limits.maxBodyBytes {
            collected.append(ArticleDecoder.Warning("body is larger than \(ArticleDecoder.Limits.maxBodyBytes >> 20) MiB; cut"))
            bytes = bytes.prefix(ArticleDecoder.Limits.maxBodyBytes)
            if let lastLine = bytes.lastIndex(of: 0x0A) { bytes = bytes[..<lastLine] }
        } else if !readsBody && !bytes.withUnsafeBufferPointer(String.mayHoldControlCharacter) {
            // Valid UTF-8 (the whole file was checked) with no byte that may start a control
            // character: the String would be made only to find none.
            return ""
        }
        let text = String(decoding: bytes, as: UTF8.self)
        guard text.hasControlCharacters else { return readsBody ? text.trimmingWhitespace() : "" }
        if !cleanedFields.contains("body") { cleanedFields.append("body") }
        return readsBody ? text.removingControlCharacters().trimmingWhitespace() : ""
    }
}
