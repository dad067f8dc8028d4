import TestSupport

/// Random strings made of the pieces every escape of libxml2's writers and serializer treats
/// specially: markup characters, both quotes, HTML 4's kept constructs, blanks, controls,
/// non-ASCII and noncharacters, URL characters; often empty, often with leading blanks.
struct AwkwardText {
    static let pieces: [String] = [
        "&", "<", ">", "\"", "'", "&{x}", "&{", "}", "<!--a-->", "<!-->", "<!--", "-->", " ", "  ", "\t", "\n", "\r", "\r\n",
        "é", "Zürich", "日本", "😀", "\u{7}", "\u{0}", "\u{1F}", "\u{7F}", "\u{85}", "\u{9F}", "\u{A0}", "—", "·",
        noncharacter(0xFDD0), noncharacter(0xFFFE), noncharacter(0x1FFFF), "%", "%20", "@", "/", ":", "=", "?", ";", "#", ",", "+",
        "-", "_", ".", "!", "~", "*", "(", ")", "[", "]", "{", "|", "\\", "^", "`", "$", "a", "Z", "0", "9", "x y",
        "https://example.com/a?b=1&c=2#d", "AT&T", "\"quoted\"", "it's",
    ]

    var generator: SplitMix64

    /// A string of up to `maxPieces` pieces; a fifth of them empty.
    mutating func next(maxPieces: Int = 6) -> String {
        guard Int.random(in: 0..<5, using: &generator) != 0 else { return "" }
        return (0..<Int.random(in: 1...maxPieces, using: &generator)).map { _ in Self.pieces.randomElement(using: &generator)! }.joined()
    }

    /// Swift rejects noncharacters in literals, so they are built from their code points.
    private static func noncharacter(_ value: UInt32) -> String {
        String(Unicode.Scalar(value)!)
    }
}
