/// Keys and one-line scalars for `BlockYAMLReader`: the parts where its reading must match
/// libyaml's character by character.
extension BlockYAMLReader.Cursor {
    /// Whether an identifier key and `: ` (or `:` at the line's end) start at `index`.
    func startsKey(at index: Int) -> Bool {
        guard index < bytes.count, YAMLBytes.isKeyStart(bytes[index]) else { return false }
        var end = index + 1
        while end < bytes.count && YAMLBytes.isKeyCharacter(bytes[end]) { end += 1 }
        return end < bytes.count && bytes[end] == UInt8(ascii: ":")
            && (end + 1 == bytes.count || bytes[end + 1] == UInt8(ascii: " ") || isBreak(at: end + 1))
    }

    /// The identifier key at `index` and the index after its colon.
    func key(at index: Int) throws(BlockYAMLReader.Declined) -> (String, Int) {
        guard startsKey(at: index) else { throw BlockYAMLReader.Declined() }
        var end = index + 1
        while bytes[end] != UInt8(ascii: ":") { end += 1 }
        guard end - index <= BlockYAMLReader.maxKeyLength else { throw BlockYAMLReader.Declined() }
        return (String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<end]), as: UTF8.self), end + 1)
    }

    /// A scalar that starts at `index` and ends on its line; the cursor moves to the next line.
    mutating func inlineScalar(at index: Int, schema: YAMLSchema?, parentIndent: Int) throws(BlockYAMLReader.Declined) -> YAMLNode {
        let scalarLine = line
        let lineEnd = endOfLine(from: index)
        let scalar: YAMLScalar?
        switch bytes[index] {
        case UInt8(ascii: "\""):
            let (text, end) = try doubleQuoted(from: index + 1, to: lineEnd, building: schema != nil)
            try endLine(from: end)
            scalar = text.map { YAMLScalar(text: $0, plain: false, tag: nil) }
        case UInt8(ascii: "'"):
            let (text, end) = try singleQuoted(from: index + 1, to: lineEnd, building: schema != nil)
            try endLine(from: end)
            scalar = text.map { YAMLScalar(text: $0, plain: false, tag: nil) }
        default:
            let end = try plainEnd(from: index, to: lineEnd)
            try endLine(from: end)
            scalar = schema == nil ? nil
                : YAMLScalar(text: String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<end]), as: UTF8.self), plain: true, tag: nil)
        }
        // A scalar continued on more indented lines is left to libyaml.
        if let next = nextContentLine(), next.indent > parentIndent { throw BlockYAMLReader.Declined() }
        try count()
        guard let scalar else { return Self.skipped }
        return YAMLNode(content: .scalar(scalar), line: scalarLine, weight: 1)
    }

    /// Where the line holding `index` ends: its LF, or the CR of its CR LF.
    func endOfLine(from index: Int) -> Int {
        guard index < bytes.count, let newline = find(0x0A, from: index, to: bytes.count) else { return bytes.count }
        return newline > index && bytes[newline - 1] == 0x0D ? newline - 1 : newline
    }

    /// The first `byte` in `start..<end`.
    func find(_ byte: UInt8, from start: Int, to end: Int) -> Int? {
        YAMLBytes.index(of: byte, in: bytes, from: start, to: end)
    }

    /// Where a plain scalar starting at `index` ends: before trailing spaces or a comment.
    /// Declines what libyaml would read as something else: an indicator first, `: ` inside.
    private func plainEnd(from index: Int, to lineEnd: Int) throws(BlockYAMLReader.Declined) -> Int {
        let first = bytes[index]
        switch first {
        case UInt8(ascii: "-"):
            guard index + 1 < lineEnd, bytes[index + 1] != UInt8(ascii: " ") else { throw BlockYAMLReader.Declined() }
        case UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"),
             UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "#"), UInt8(ascii: "&"), UInt8(ascii: "*"),
             UInt8(ascii: "!"), UInt8(ascii: "|"), UInt8(ascii: ">"), UInt8(ascii: "%"), UInt8(ascii: "@"),
             UInt8(ascii: "`"):
            throw BlockYAMLReader.Declined()
        default: break
        }
        var end = index
        var index = index
        while index < lineEnd {
            let byte = bytes[index]
            if byte == UInt8(ascii: ":") && (index + 1 == lineEnd || bytes[index + 1] == UInt8(ascii: " ")) { throw BlockYAMLReader.Declined() }
            // A comment; `endLine` reads it.
            if byte == UInt8(ascii: "#") && bytes[index - 1] == UInt8(ascii: " ") { break }
            index += 1
            if byte != UInt8(ascii: " ") { end = index }
        }
        return end
    }

    /// A double-quoted scalar closed on its line: its text (when building) and the index
    /// after the closing quote. Escapes other than `\" \\ \/ \n \t \r \x \u \U` are left to libyaml.
    private func doubleQuoted(from start: Int, to lineEnd: Int, building: Bool) throws(BlockYAMLReader.Declined) -> (String?, Int) {
        guard let quote = find(UInt8(ascii: "\""), from: start, to: lineEnd) else { throw BlockYAMLReader.Declined() }
        if find(UInt8(ascii: "\\"), from: start, to: quote) == nil {
            // No escape: the bytes as they are (the common case, found by memchr).
            return (building ? String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<quote]), as: UTF8.self) : nil, quote + 1)
        }
        var index = start
        var escaped: [UInt8]?
        var copiedFrom = start
        while index < lineEnd {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                guard building else { return (nil, index + 1) }
                guard var text = escaped else {
                    return (String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self), index + 1)
                }
                text.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copiedFrom..<index]))
                return (String(decoding: text, as: UTF8.self), index + 1)
            }
            if byte == UInt8(ascii: "\\") {
                guard index + 1 < lineEnd else { throw BlockYAMLReader.Declined() }
                var replacement: [UInt8]
                var length = 2
                switch bytes[index + 1] {
                case UInt8(ascii: "\""): replacement = [UInt8(ascii: "\"")]
                case UInt8(ascii: "\\"): replacement = [UInt8(ascii: "\\")]
                case UInt8(ascii: "/"): replacement = [UInt8(ascii: "/")]
                case UInt8(ascii: "n"): replacement = [0x0A]
                case UInt8(ascii: "t"): replacement = [0x09]
                case UInt8(ascii: "r"): replacement = [0x0D]
                case UInt8(ascii: "x"), UInt8(ascii: "u"), UInt8(ascii: "U"):
                    let digits = bytes[index + 1] == UInt8(ascii: "x") ? 2 : bytes[index + 1] == UInt8(ascii: "u") ? 4 : 8
                    replacement = try codePoint(hexDigitsFrom: index + 2, count: digits, before: lineEnd)
                    length += digits
                default: throw BlockYAMLReader.Declined()
                }
                if building {
                    if escaped == nil { escaped = [] }
                    escaped!.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copiedFrom..<index]))
                    escaped!.append(contentsOf: replacement)
                }
                index += length
                copiedFrom = index
                continue
            }
            index += 1
        }
        throw BlockYAMLReader.Declined()
    }

    /// The UTF-8 bytes of a `\x`, `\u` or `\U` escape's code point; declined where libyaml
    /// reports an error (too few hex digits, a surrogate, beyond U+10FFFF).
    private func codePoint(hexDigitsFrom start: Int, count: Int, before lineEnd: Int) throws(BlockYAMLReader.Declined) -> [UInt8] {
        guard start + count <= lineEnd else { throw BlockYAMLReader.Declined() }
        var value: UInt32 = 0
        for byte in UnsafeBufferPointer(rebasing: bytes[start..<start + count]) {
            guard let digit = Self.hexValue(byte) else { throw BlockYAMLReader.Declined() }
            value = value << 4 | digit
        }
        guard let scalar = Unicode.Scalar(value) else { throw BlockYAMLReader.Declined() }
        return Array(String(Character(scalar)).utf8)
    }

    private static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case 0x30...0x39: return UInt32(byte - 0x30)
        case 0x41...0x46: return UInt32(byte - 0x41 + 10)
        case 0x61...0x66: return UInt32(byte - 0x61 + 10)
        default: return nil
        }
    }

    /// A single-quoted scalar closed on its line (`''` is a quote).
    private func singleQuoted(from start: Int, to lineEnd: Int, building: Bool) throws(BlockYAMLReader.Declined) -> (String?, Int) {
        var index = start
        var text: [UInt8] = []
        while index < lineEnd {
            if bytes[index] == UInt8(ascii: "'") {
                if index + 1 < lineEnd && bytes[index + 1] == UInt8(ascii: "'") {
                    text.append(UInt8(ascii: "'"))
                    index += 2
                    continue
                }
                return (building ? String(decoding: text, as: UTF8.self) : nil, index + 1)
            }
            text.append(bytes[index])
            index += 1
        }
        throw BlockYAMLReader.Declined()
    }
}
