internal import ByteScan

/// `CleaningRules`' comparisons on ASCII text, byte by byte: every title and summary passes
/// through them twice (when read, and when mapped to an entry), and Foundation's search and
/// normalisation cost more than reading the article. ASCII is its own NFC, lower-cases letter
/// by letter, and each byte is one character, so the results are the Unicode paths' exactly
/// (held to them by `CleaningRulesTests`).
extension CleaningRules {
    /// Where the last `" - "` or `" | "` of an ASCII title starts (the dashes are not ASCII).
    static func lastASCIISeparator(in title: String) -> Range<String.Index>? {
        let start = title.withUTF8Bytes { bytes -> Int? in
            var index = bytes.count - 3
            while index >= 0 {
                if bytes[index] == 0x20, bytes[index + 2] == 0x20,
                   bytes[index + 1] == UInt8(ascii: "-") || bytes[index + 1] == UInt8(ascii: "|") { return index }
                index -= 1
            }
            return nil
        }
        guard let start else { return nil }
        let lower = title.utf8.index(title.utf8.startIndex, offsetBy: start)
        return lower..<title.utf8.index(lower, offsetBy: 3)
    }

    /// Whether the bytes of one of `separators` are in `title`.
    static func mayHoldSeparator(_ title: String) -> Bool {
        title.withUTF8Bytes { bytes in
            var index = 0
            while index + 2 < bytes.count {
                defer { index += 1 }
                guard bytes[index] == 0x20 else { continue }
                let next = bytes[index + 1]
                if (next == UInt8(ascii: "-") || next == UInt8(ascii: "|")) && bytes[index + 2] == 0x20 { return true }
                // U+2013 and U+2014: E2 80 93 / E2 80 94, then the space.
                if next == 0xE2, index + 4 < bytes.count, bytes[index + 2] == 0x80,
                   bytes[index + 3] == 0x93 || bytes[index + 3] == 0x94, bytes[index + 4] == 0x20 { return true }
            }
            return false
        }
    }

    /// `comparable(text)` for ASCII text; nil for any other.
    static func comparableASCII(_ text: String) -> String? {
        text.withUTF8Bytes { bytes -> String? in
            var line: [UInt8] = []
            line.reserveCapacity(bytes.count)
            var pendingSpace = false
            for byte in bytes {
                guard byte < 0x80 else { return nil }
                if asciiWhitespace[Int(byte)] {
                    pendingSpace = !line.isEmpty
                    continue
                }
                if pendingSpace { line.append(0x20) }
                pendingSpace = false
                line.append(byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte)
            }
            while let last = line.last, asciiTrailing[Int(last)] { line.removeLast() }
            return String(decoding: line, as: UTF8.self)
        }
    }

    /// Whether `comparable(text) == key`, decided as the bytes of `text` are read: a byte
    /// that differs from the key's at its place, or one past the key's end that `comparable`
    /// would not drop from the end, settles it. Only the ASCII bytes `text` starts with are
    /// read, but the last before a byte beyond ASCII (NFC can join it to a combining mark
    /// after it): they begin `comparable(text)` before its end is trimmed, which the key
    /// begins too if the two are equal. Nil when those bytes leave it open; most summaries
    /// beyond ASCII differ from the title within a few bytes, and `comparable` on them through
    /// Foundation cost more than a tenth of reading an article.
    static func comparableASCII(_ text: String, equals key: String) -> Bool? {
        key.withUTF8Bytes { key in
            text.withUTF8Bytes { bytes -> Bool? in
                let firstBeyondASCII = firstNonASCII(in: bytes)
                let isASCII = firstBeyondASCII == bytes.count
                var written = 0
                var pendingSpace = false
                func matches(_ byte: UInt8) -> Bool {
                    defer { written += 1 }
                    return written < key.count ? key[written] == byte : asciiTrailing[Int(byte)]
                }
                for byte in UnsafeBufferPointer(rebasing: bytes[..<(isASCII ? bytes.count : max(0, firstBeyondASCII - 1))]) {
                    if asciiWhitespace[Int(byte)] {
                        pendingSpace = written > 0
                        continue
                    }
                    if pendingSpace && !matches(0x20) { return false }
                    pendingSpace = false
                    if !matches(byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte) { return false }
                }
                // ASCII text has an ASCII `comparable`: a key beyond ASCII was never matched in full.
                return isASCII ? written >= key.count : nil
            }
        }
    }

    /// The index of the first byte beyond ASCII; `bytes.count` when there is none.
    private static func firstNonASCII(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let marked = ByteScan.firstMarked(in: bytes, from: 0, by: ByteScan.nonASCII(in:))
        return bytes[marked...].firstIndex { $0 >= 0x80 } ?? bytes.count
    }

    /// Per ASCII byte, whether `collapsingWhitespace` takes it for white space.
    private static let asciiWhitespace: [Bool] = (0..<128).map { Unicode.Scalar(UInt8($0)).properties.isWhitespace }

    /// Per ASCII byte, whether `comparable` drops it at the end of a line.
    private static let asciiTrailing: [Bool] = (0..<128).map { byte in
        let character = Character(Unicode.Scalar(UInt8(byte)))
        return character.isPunctuation || character.isWhitespace
    }
}
