import Testing
@testable import ByteScan

/// `ByteScan`: the word tests mark what they say, and a scan stops at the first marked byte
/// wherever it stands in a word, in the last few bytes too.
@Suite struct ByteScanTests {
    private static func marksAll(_ bytes: [UInt8], _ test: (UInt64) -> UInt64) -> [Bool] {
        bytes.map { byte in
            let word = UInt64(byte) | 0x4141_4141_4141_4100
            return test(word) & 0x80 != 0
        }
    }

    @Test func wordTestsMarkExactlyTheirBytes() {
        let all = (0...255).map(UInt8.init)
        #expect(Self.marksAll(all) { ByteScan.below(0x20, in: $0) } == all.map { $0 < 0x20 })
        #expect(Self.marksAll(all) { ByteScan.below(0x80, in: $0) } == all.map { $0 < 0x80 })
        #expect(Self.marksAll(all) { ByteScan.equal(0xC2, in: $0) } == all.map { $0 == 0xC2 })
        #expect(Self.marksAll(all) { ByteScan.equal(0, in: $0) } == all.map { $0 == 0 })
        #expect(Self.marksAll(all) { ByteScan.nonASCII(in: $0) } == all.map { $0 >= 0x80 })
    }

    /// A match in any lane of any word, or in the tail, is found at its own index; the space
    /// above it, which the borrow of 0x00 - 0x20 marks too, does not move it.
    @Test func findsTheFirstMatchAtEveryPosition() {
        for count in 1...20 {
            for position in 0..<count {
                var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: count)
                bytes[position] = 0x00
                if position + 1 < count { bytes[position + 1] = 0x20 }
                let found = bytes.withUnsafeBufferPointer { buffer in
                    ByteScan.firstIndex(in: buffer, markedBy: { ByteScan.below(0x20, in: $0) }, where: { buffer[$0] < 0x20 })
                }
                #expect(found == position, "count \(count), position \(position)")
            }
        }
    }

    /// Line breaks are marked (below 0x20) but are not what this caller looks for.
    @Test func keepsScanningPastMarkedBytesThatDoNotMatch() {
        let bytes = Array("first line\nsecond line\nthird \u{1} line".utf8)
        let found = bytes.withUnsafeBufferPointer { buffer in
            ByteScan.firstIndex(in: buffer, markedBy: { ByteScan.controlLeads(in: $0) }, where: { buffer[$0] < 0x20 && buffer[$0] != 0x0A })
        }
        #expect(found == bytes.firstIndex(of: 0x01))
    }

    @Test func findsNothingInPlainText() {
        let bytes = Array("Plain ASCII text, longer than a few words.".utf8)
        let found = bytes.withUnsafeBufferPointer { buffer in
            ByteScan.firstIndex(in: buffer, markedBy: { ByteScan.nonASCII(in: $0) }, where: { buffer[$0] >= 0x80 })
        }
        #expect(found == nil)
        #expect([UInt8]().withUnsafeBufferPointer { ByteScan.firstMarked(in: $0, from: 0) { ByteScan.nonASCII(in: $0) } } == 0)
    }

    /// Without a mark, a scan stops where fewer than eight bytes are left, for the caller to
    /// look at them one by one.
    @Test func stopsBeforeTheLastFewBytes() {
        let bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 19)
        #expect(bytes.withUnsafeBufferPointer { ByteScan.firstMarked(in: $0, from: 0) { ByteScan.nonASCII(in: $0) } } == 16)
        #expect(bytes.withUnsafeBufferPointer { ByteScan.firstMarked(in: $0, from: 5) { ByteScan.nonASCII(in: $0) } } == 13)
    }

    @Test func anyUTF8ByteAndContiguousBytes() {
        #expect("AT&T".anyUTF8Byte { $0 == UInt8(ascii: "&") })
        #expect(!"ATT".anyUTF8Byte { $0 == UInt8(ascii: "&") })
        #expect("Über".withUTF8Bytes { Array($0) } == Array("Über".utf8))
    }
}
