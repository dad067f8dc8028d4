import Foundation
import Testing
@testable import FeedModel

/// `precomposed` and `lowerCased` give what Foundation's NFC and the standard library's
/// `lowercased()` give.
@Suite struct StringFoldingTests {
    /// Every assigned scalar beyond ASCII (unassigned ones have no mapping).
    @Test func aScalarLowerCaseLeavesAloneMapsToItself() {
        var differing: [UInt32] = []
        for value in UInt32(0x80)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value), scalar.properties.age != nil, !scalar.properties.changesWhenLowercased else { continue }
            if scalar.properties.lowercaseMapping.unicodeScalars.elementsEqual([scalar]) == false { differing.append(value) }
        }
        #expect(differing.isEmpty)
    }

    @Test(arguments: ["", "abc", "ABC Zürich", "ZÜRICH İSTANBUL ΣΟΦΊΑ", "ǅungla ǄUNGLA", "Ａｉ ＡＩ", "\u{212A}elvin", "अमर उजाला",
                      "ÉCOLE École", "ß ẞ", "\u{10400}\u{1E900}", "Mixed Ascii And Ω"])
    func lowerCasedIsLowercased(_ text: String) {
        #expect(Array(text.lowerCased.utf8) == Array(text.lowercased().utf8))
    }

    @Test(arguments: ["Zürich", "Zu\u{308}rich", "क़", "\u{958}", "\u{212A}", "e\u{301}\u{323}", "e\u{323}\u{301}", "한국어",
                      "\u{1100}\u{1161}", "日本語", "Ελληνικά", "\u{3D3}", "\u{2126}", "abc"])
    func precomposedIsFoundationsNFC(_ text: String) {
        #expect(Array(text.precomposed.utf8) == Array(text.precomposedStringWithCanonicalMapping.utf8))
    }
}
