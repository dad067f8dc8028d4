/// Long quoted values of skipped top-level keys, emptied before libyaml reads the document.
///
/// The corpus's `secured` blob is half of every front matter's bytes, and libyaml decodes and
/// scans every one of them although the schema then skips the value. A line
/// `key: "<printable ASCII without quote or backslash>"` whose key the schema skips is read as
/// `key: ""` instead. Only lines the parser then confirms were such skipped, empty, one-line
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
            var lineEnd = lineStart
            while lineEnd < text.count && text[lineEnd] != 0x0A { lineEnd += 1 }
            if let value = Self.emptiableValue(in: text, lineStart, lineEnd), Self.isSkipped(text[lineStart..<value.lowerBound], schema) {
                if bytes.isEmpty { bytes.reserveCapacity(text.count) }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[copiedUpTo..<value.lowerBound]))
                copiedUpTo = value.upperBound
                lines.append(line)
            }
            lineStart = lineEnd + 1
            line += 1
        }
        guard !lines.isEmpty, Self.breaksOnlyAtNewlines(text) else { return nil }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[copiedUpTo...]))
    }

    /// The range inside the quotes of `key: "…"` filling the line, when it is long and holds
    /// only characters a double-quoted scalar takes literally.
    private static func emptiableValue(in text: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Range<Int>? {
        var index = start
        guard index < end, isKeyStart(text[index]) else { return nil }
        while index < end && isKeyCharacter(text[index]) { index += 1 }
        guard index + 3 < end, text[index] == UInt8(ascii: ":"), text[index + 1] == UInt8(ascii: " "),
              text[index + 2] == UInt8(ascii: "\"") else { return nil }
        let valueStart = index + 3
        index = valueStart
        while index < end, text[index] >= 0x20, text[index] < 0x7F, text[index] != UInt8(ascii: "\""), text[index] != UInt8(ascii: "\\") {
            index += 1
        }
        guard index < end, text[index] == UInt8(ascii: "\""), index - valueStart >= minimumLength else { return nil }
        let valueEnd = index
        index += 1
        // Trailing blanks, and the CR of a CR LF line end, may follow the closing quote.
        let contentEnd = end > index && text[end - 1] == 0x0D ? end - 1 : end
        while index < contentEnd, text[index] == UInt8(ascii: " ") || text[index] == UInt8(ascii: "\t") { index += 1 }
        guard index == contentEnd else { return nil }
        return valueStart..<valueEnd
    }

    /// `keyAndQuote` is the line up to the value: `key: "`.
    private static func isSkipped(_ keyAndQuote: Slice<UnsafeBufferPointer<UInt8>>, _ schema: YAMLSchema) -> Bool {
        let key = String(decoding: UnsafeBufferPointer(rebasing: keyAndQuote.dropLast(3)), as: UTF8.self)
        return schema.child(forKey: key) == nil
    }

    private static func isKeyStart(_ byte: UInt8) -> Bool {
        (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || byte == UInt8(ascii: "_")
    }

    private static func isKeyCharacter(_ byte: UInt8) -> Bool {
        isKeyStart(byte) || (0x30...0x39).contains(byte) || byte == UInt8(ascii: "-")
    }

    /// libyaml also breaks lines at a lone CR, NEL, LS and PS; lines are only compared with
    /// its numbering when every break is LF or CR LF.
    private static func breaksOnlyAtNewlines(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        for index in text.indices {
            switch text[index] {
            case 0x0D: if index + 1 == text.count || text[index + 1] != 0x0A { return false }
            case 0xC2: if index + 1 < text.count, text[index + 1] == 0x85 { return false }
            case 0xE2: if index + 2 < text.count, text[index + 1] == 0x80, text[index + 2] == 0xA8 || text[index + 2] == 0xA9 { return false }
            default: break
            }
        }
        return true
    }
}
