import Testing
import TestSupport
@testable import FeedBuild

/// The cache stores each repeated text once and every field as its number: a number must
/// always name the text it was given for, however the text's storage was made, reused or
/// remembered (`RecentStrings`).
@Suite("Numbering shared strings")
struct SharedStringsNumberingTests {
    @Test("equal texts get one number, different texts different ones, in first-seen order, over more texts than remembered slots")
    func numbersFollowTheText() {
        var generator = SplitMix64(seed: 7)
        // Short texts (held inline) and long ones (on the heap), 6,000 distinct: more than the slots.
        let texts = (0..<6_000).map { $0 % 3 == 0 ? "t\($0)" : "a topic long enough for the heap, number \($0)" }
        var shared = SharedStrings()
        var expected: [String: Int] = [:]
        for _ in 0..<60_000 {
            let text = texts[Int.random(in: 0..<texts.count, using: &generator)]
            // Now the very string, now an equal one built apart, as the cache's summaries hold either.
            let value = Bool.random(using: &generator) ? text : String(decoding: Array(text.utf8), as: UTF8.self)
            let number = shared.number(of: value)
            if expected[text] == nil { expected[text] = expected.count }
            #expect(number == expected[text], "\(text)")
            #expect(shared.strings[number] == text)
        }
    }

    @Test("a string freed and another made in its place is numbered as its own text")
    func reusedStorageIsNotMistaken() {
        var shared = SharedStrings()
        for round in 0..<2_000 {
            // Made, numbered and dropped each round: the allocator may hand its address to the next.
            let text = String(decoding: Array("a freed text that lives on the heap, round \(round)".utf8), as: UTF8.self)
            let number = shared.number(of: text)
            #expect(shared.strings[number] == text)
        }
        #expect(shared.strings.count == 2_000)
    }
}
