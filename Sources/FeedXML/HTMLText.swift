internal import ByteScan

/// Text made safe for an HTML page.
enum HTMLText {
    /// What XML forbids (`XMLText.clean`), and the noncharacters HTML's parser reports as errors
    /// (WHATWG HTML §13.2.3.5): U+FDD0–U+FDEF and the last two code points of every plane.
    static func clean(_ text: String) -> String {
        // Almost every string is printable ASCII: one pass shows there is nothing to clean.
        guard mayNeedCleaning(text) else { return text }
        let text = XMLText.clean(text)
        guard mayHoldNoncharacter(text) else { return text }
        guard text.unicodeScalars.contains(where: isNoncharacter) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where !isNoncharacter(scalar) { scalars.append(scalar) }
        return String(scalars)
    }

    /// Whether `text` holds a control character, DEL or a non-ASCII one, a word at a time.
    private static func mayNeedCleaning(_ text: String) -> Bool {
        text.withUTF8Bytes { bytes in
            ByteScan.firstIndex(in: bytes, markedBy: { ByteScan.below(0x20, in: $0) | ByteScan.equal(0x7F, in: $0) | ByteScan.nonASCII(in: $0) },
                                where: { bytes[$0] < 0x20 || bytes[$0] >= 0x7F }) != nil
        }
    }

    /// Every noncharacter is written with a lead byte of EF (the BMP's) or F0 and above: a word
    /// at a time, most text is passed over without decoding a character.
    private static func mayHoldNoncharacter(_ text: String) -> Bool {
        text.withUTF8Bytes { bytes in
            ByteScan.firstIndex(in: bytes, markedBy: ByteScan.nonASCII(in:), where: { bytes[$0] >= 0xEF }) != nil
        }
    }

    private static func isNoncharacter(_ scalar: Unicode.Scalar) -> Bool {
        (0xFDD0...0xFDEF).contains(scalar.value) || scalar.value & 0xFFFE == 0xFFFE
    }
}
