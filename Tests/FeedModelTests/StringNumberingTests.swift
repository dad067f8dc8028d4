import Testing
@testable import FeedModel

/// `StringNumbering`: strings numbered in first-seen order, found again by their bytes.
@Suite struct StringNumberingTests {
    @Test func equalStringsGetOneNumberAcrossGrowth() {
        var numbering = StringNumbering(capacity: 1)
        let texts = (0..<1_000).map { "topic \($0 % 300) " + String(repeating: "x", count: $0 % 20) }
        var expected: [String: Int] = [:]
        for text in texts {
            let known = expected[text]
            let (number, isNew) = numbering.number(of: text)
            if known == nil { expected[text] = expected.count }
            #expect(isNew == (known == nil) && number == expected[text])
        }
        #expect(numbering.strings.count == expected.count && numbering.allASCII)
    }

    @Test func nonASCIIIsNoted() {
        var numbering = StringNumbering()
        _ = numbering.number(of: "AI")
        #expect(numbering.allASCII)
        _ = numbering.number(of: "Zürich")
        #expect(!numbering.allASCII)
    }
}
