@testable import FeedXML
import Testing
import TestSupport

/// `XMLEscaping` cleans and escapes in one pass, a word at a time: the bytes must be those of
/// `XMLText.clean` then escaping byte by byte, and those libxml2's writer gives, wherever a
/// special character stands in a word or in the last few bytes.
@Suite struct XMLEscapingTests {
    /// What either step treats specially, and characters sharing a lead byte with one that cleaning removes.
    static let specials = [
        "&", "<", ">", "\"", "'", "]]>", "\t", "\n", "\r", "\u{0}", "\u{1}", "\u{1F}", "\u{7F}", "\u{80}", "\u{85}", "\u{9F}",
        "\u{A0}", "\u{FF}", "é", "日本", "😀", "\u{FFFD}", "\u{FF01}", "\u{F000}", String(Unicode.Scalar(0xFFFE)!),
        String(Unicode.Scalar(0xFFFF)!), "=", "?", ";", "=\u{FFFF}>", "\u{85}\u{85}&",
    ]

    /// Each special alone and between runs of plain text of every length up to two words.
    static let placed: [String] = specials.flatMap { special in
        (0...17).flatMap { before in
            [0, 1, 7, 8, 9].map { after in String(repeating: "a", count: before) + special + String(repeating: "z", count: after) }
        }
    }

    /// The two passes the one replaced.
    static func reference(_ text: String, isAttribute: Bool) -> [UInt8] {
        var out: [UInt8] = []
        for byte in XMLText.clean(text).utf8 {
            switch byte {
            case UInt8(ascii: "&"): out += "&amp;".utf8
            case UInt8(ascii: "<"): out += "&lt;".utf8
            case UInt8(ascii: ">"): out += "&gt;".utf8
            case UInt8(ascii: "\""): out += "&quot;".utf8
            case 0x0D: out += "&#13;".utf8
            case 0x0A where isAttribute: out += "&#10;".utf8
            case 0x09 where isAttribute: out += "&#9;".utf8
            default: out.append(byte)
            }
        }
        return out
    }

    static func escaped(_ text: String, isAttribute: Bool) -> [UInt8] {
        var out = Array("kept".utf8)
        if isAttribute { XMLEscaping.appendAttribute(text, to: &out) } else { XMLEscaping.appendText(text, to: &out) }
        #expect(out.starts(with: "kept".utf8))
        return Array(out.dropFirst(4))
    }

    @Test(arguments: [false, true])
    func everySpecialAnywhereIsCleanedThenEscaped(isAttribute: Bool) {
        for text in Self.placed {
            #expect(Self.escaped(text, isAttribute: isAttribute) == Self.reference(text, isAttribute: isAttribute), "\(Array(text.utf8))")
        }
    }

    @Test(arguments: 0..<20)
    func awkwardTextIsCleanedThenEscaped(seed: Int) {
        var text = AwkwardText(generator: SplitMix64(seed: UInt64(seed)))
        for _ in 0..<200 {
            let sample = text.next(maxPieces: 12)
            for isAttribute in [false, true] {
                #expect(Self.escaped(sample, isAttribute: isAttribute) == Self.reference(sample, isAttribute: isAttribute))
            }
        }
    }

    @Test func textAndAttributesAreLibxml2sBytes() throws {
        let texts = Self.placed + Self.specials.map { $0 + $0 + "plain text " + $0 }
        func write(_ index: Int, _ xml: some XMLElementWriter) {
            xml.element("e", ["a": texts[index]], text: texts[index])
        }
        let libxml2 = try XMLWriter.fragments(inside: ["feed"], count: texts.count) { write($0, $1) }
        #expect(XMLFragmentWriter.fragments(depth: 1, count: texts.count) { write($0, $1) } == libxml2)
    }

    @Test func textWithNothingToDoIsCopiedAsIs() {
        let text = "Plain text, longer than a word — with é and 日本, and nothing to escape."
        #expect(Self.escaped(text, isAttribute: false) == Array(text.utf8))
        #expect(Self.escaped("", isAttribute: true).isEmpty)
    }
}
