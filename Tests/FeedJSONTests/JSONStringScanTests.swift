@testable import FeedJSON
import Foundation
import Testing

/// The word-at-a-time scan finds every byte to escape wherever it stands in a word or in the
/// last few bytes: the result is the same as escaping byte by byte.
@Suite struct JSONStringScanTests {
    private static func byteByByte(_ text: String) -> [UInt8] {
        var out: [UInt8] = [UInt8(ascii: "\"")]
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out += #"\""#.utf8
            case UInt8(ascii: "\\"): out += #"\\"#.utf8
            case 0x08: out += #"\b"#.utf8
            case 0x09: out += #"\t"#.utf8
            case 0x0A: out += #"\n"#.utf8
            case 0x0C: out += #"\f"#.utf8
            case 0x0D: out += #"\r"#.utf8
            case 0x00..<0x20, UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"):
                out += String(format: "\\u%04X", byte).utf8
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
        return out
    }

    @Test func everyByteAnywhereIsEscapedAsByteByByte() {
        let specials = (0..<0x80).map { String(Unicode.Scalar(UInt8($0))) } + ["é", "\u{85}", "日本", "😀", String(Unicode.Scalar(0xFFFF)!), "]]>", "\"&\""]
        for special in specials {
            for before in 0...17 {
                for after in [0, 1, 7, 8, 9] {
                    let text = String(repeating: "a", count: before) + special + String(repeating: "z", count: after)
                    var out: [UInt8] = []
                    JSONString.append(text, to: &out)
                    #expect(out == Self.byteByByte(text), "\(Array(text.utf8))")
                }
            }
        }
    }
}
