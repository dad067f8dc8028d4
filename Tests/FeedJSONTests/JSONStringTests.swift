@testable import FeedJSON
import Foundation
import Testing

/// String escaping (RFC 8259 §7): what must be escaped is, nothing else is, and every string
/// reads back as written.
@Suite struct JSONStringTests {
    private func quoted(_ text: String) -> String {
        var out: [UInt8] = []
        JSONString.append(text, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// The string as Foundation reads it back from a one-member document.
    private func readBack(_ text: String) throws -> String? {
        let document = "{\"s\": \(quoted(text))}"
        let object = try JSONSerialization.jsonObject(with: Data(document.utf8)) as? [String: Any]
        return object?["s"] as? String
    }

    @Test func quoteAndBackslashAreEscaped() throws {
        #expect(quoted(#"say "hi" C:\temp"#) == #""say \"hi\" C:\\temp""#)
        #expect(try readBack(#"say "hi" C:\temp"#) == #"say "hi" C:\temp"#)
    }

    @Test func controlCharactersWithAShortFormUseIt() {
        #expect(quoted("a\u{8}b\tc\nd\u{C}e\rf") == #""a\bb\tc\nd\fe\rf""#)
    }

    @Test func otherControlCharactersAreUnicodeEscapes() {
        #expect(quoted("\u{0}\u{1}\u{B}\u{1B}\u{1F}") == #""\u0000\u0001\u000B\u001B\u001F""#)
    }

    @Test func everyControlCharacterIsEscapedAndReadsBack() throws {
        let controls = String(String.UnicodeScalarView((0..<0x20).map { Unicode.Scalar(UInt8($0)) }))
        let bytes = Array(quoted(controls).utf8)
        #expect(!bytes.contains { $0 < 0x20 })
        #expect(try readBack(controls) == controls)
    }

    @Test func embeddedNULDoesNotTruncate() throws {
        #expect(try readBack("before\u{0}after") == "before\u{0}after")
    }

    @Test func angleBracketsAndAmpersandAreEscapedSoNoScriptTagAppears() throws {
        let text = "</script><script>alert(1)</script> & ]]>"
        #expect(quoted(text) == #""\u003C/script\u003E\u003Cscript\u003Ealert(1)\u003C/script\u003E \u0026 ]]\u003E""#)
        #expect(try readBack(text) == text)
    }

    @Test func nonASCIIIsWrittenAsUTF8() throws {
        let text = "Café – Zürich 東京 😀 👩‍👩‍👧 e\u{301}"
        #expect(Array(quoted(text).utf8) == Array("\"\(text)\"".utf8))
        #expect(!quoted(text).contains("\\u"))
        #expect(try readBack(text) == text)
    }

    /// Legal raw in JSON (only U+0000–U+001F are not), so written as is.
    @Test func deleteC1AndLineSeparatorsAreWrittenAsIs() throws {
        let text = "a\u{7F}b\u{85}c\u{9F}d\u{2028}e\u{2029}f\u{FFFE}g"
        #expect(quoted(text) == "\"\(text)\"")
        #expect(try readBack(text) == text)
    }

    @Test func emptyStringIsTwoQuotes() {
        #expect(quoted("") == #""""#)
    }
}
