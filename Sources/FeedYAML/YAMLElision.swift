internal import ByteScan

/// Long quoted values of skipped keys, emptied before libyaml reads the document.
///
/// The corpus's `secured` blob is half of every front matter's bytes, and libyaml decodes and
/// scans every one of them although the schema then skips the value; the excerpts of related
/// articles are another fifth. A line `key: "<printable ASCII without quote or backslash>"`
/// whose key the schema skips (at the top level; indented: whose key no nested mapping of the
/// schema names) is read as `key: ""` instead. Only lines the parser then confirms were such skipped, empty, one-line
/// double-quoted scalars count (`isConfirmed`); anything else, or any parse error, makes the
/// caller parse the original bytes, so messages, lines and limits never change.
struct YAMLElision {
    /// The document with the values emptied.
    private(set) var bytes: [UInt8] = []
    /// 0-based lines (libyaml's numbering) whose value was emptied, ascending.
    private(set) var lines: [Int] = []

    /// Shorter values are not worth a second parse when the guess is wrong.
    static let minimumLength = 64

    /// Nil when nothing is worth emptying.
    init?(_ yaml: UnsafeRawBufferPointer, schema: YAMLSchema) {
        guard yaml.count >= Self.minimumLength, let base = yaml.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return nil }
        let text = UnsafeBufferPointer(start: base, count: yaml.count)
        var copiedUpTo = 0
        var lineStart = 0
        var line = 0
        while lineStart < text.count {
            let lineEnd = YAMLBytes.index(of: 0x0A, in: text, from: lineStart, to: text.count) ?? text.count
            if let value = Self.emptiableValue(in: text, lineStart, lineEnd), Self.isSkipped(text[lineStart..<value.lowerBound], schema) {
                if bytes.isEmpty { bytes.reserveCapacity(text.count) }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[copiedUpTo..<value.lowerBound]))
                copiedUpTo = value.upperBound
                lines.append(line)
            }
            lineStart = lineEnd + 1
            line += 1
        }
        guard !lines.isEmpty else { return nil }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[copiedUpTo...]))
        guard bytes.withUnsafeBufferPointer(Self.breaksOnlyAtNewlines) else { return nil }
    }

    /// The range inside the quotes of `key: "…"` filling the line, when it is long and holds
    /// only characters a double-quoted scalar takes literally.
    private static func emptiableValue(in text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Range<Int>? {
        // A key, `: "`, the value and its closing quote: most lines are shorter.
        guard end - start >= minimumLength + 5 else { return nil }
        var index = start
        while index < end && text[index] == UInt8(ascii: " ") { index += 1 }
        guard index < end, YAMLBytes.isKeyStart(text[index]) else { return nil }
        while index < end && YAMLBytes.isKeyCharacter(text[index]) { index += 1 }
        guard index + 3 < end, text[index] == UInt8(ascii: ":"), text[index + 1] == UInt8(ascii: " "),
              text[index + 2] == UInt8(ascii: "\"") else { return nil }
        let valueStart = index + 3
        guard let valueEnd = YAMLBytes.index(of: UInt8(ascii: "\""), in: text, from: valueStart, to: end),
              valueEnd - valueStart >= minimumLength,
              isLiteral(UnsafeBufferPointer(rebasing: text[valueStart..<valueEnd])) else { return nil }
        index = valueEnd + 1
        // Trailing blanks, and the CR of a CR LF line end, may follow the closing quote.
        let contentEnd = end > index && text[end - 1] == 0x0D ? end - 1 : end
        while index < contentEnd, text[index] == UInt8(ascii: " ") || text[index] == UInt8(ascii: "\t") { index += 1 }
        guard index == contentEnd else { return nil }
        return valueStart..<valueEnd
    }

    /// Printable ASCII without a backslash, a word at a time: every value passes here.
    private static func isLiteral(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let backslash = UInt8(ascii: "\\")
        let marks = { (word: UInt64) in
            ByteScan.nonASCII(in: word) | ByteScan.below(0x20, in: word) | ByteScan.equal(0x7F, in: word) | ByteScan.equal(backslash, in: word)
        }
        return ByteScan.firstIndex(in: bytes, markedBy: marks, where: { bytes[$0] < 0x20 || bytes[$0] >= 0x7F || bytes[$0] == backslash }) == nil
    }

    /// `keyAndQuote` is the line up to the value: `key: "`, maybe indented.
    private static func isSkipped(_ keyAndQuote: Slice<UnsafeBufferPointer<UInt8>>, _ schema: YAMLSchema) -> Bool {
        let indented = keyAndQuote.first == UInt8(ascii: " ")
        let key = String(decoding: UnsafeBufferPointer(rebasing: keyAndQuote.drop { $0 == UInt8(ascii: " ") }.dropLast(3)), as: UTF8.self)
        return indented ? !schema.namesBelowTop(key) : schema.child(forKey: key) == nil
    }

    /// libyaml also breaks lines at a lone CR, NEL (C2 85), LS and PS (E2 80 A8/A9); lines are
    /// only compared with its numbering when every break is LF or CR LF.
    private static func breaksOnlyAtNewlines(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        func none(_ lead: UInt8, _ isBreak: (Int) -> Bool) -> Bool {
            var from = 0
            while let found = YAMLBytes.index(of: lead, in: text, from: from, to: text.count) {
                if isBreak(found) { return false }
                from = found + 1
            }
            return true
        }
        let count = text.count
        return none(0x0D) { $0 + 1 == count || text[$0 + 1] != 0x0A }
            && none(0xC2) { $0 + 1 < count && text[$0 + 1] == 0x85 }
            && none(0xE2) { $0 + 2 < count && text[$0 + 1] == 0x80 && (text[$0 + 2] == 0xA8 || text[$0 + 2] == 0xA9) }
    }
}
