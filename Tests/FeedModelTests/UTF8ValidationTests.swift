import Testing
@testable import FeedModel

@Suite("UTF-8 validation")
struct UTF8ValidationTests {
    private func valid(_ bytes: [UInt8]) -> Bool { UTF8Validation.isValid(bytes[...]) }

    @Test func asciiAndEveryLengthOfSequenceAreValid() {
        #expect(valid(Array("plain ASCII text, longer than eight bytes".utf8)))
        #expect(valid(Array("café Москва 東京 🚀 done".utf8)))
        #expect(valid([]))
    }

    @Test func overlongFormsAreInvalid() {
        #expect(!valid([0xC0, 0x80]))
        #expect(!valid([0xE0, 0x80, 0x80]))
        #expect(!valid([0xF0, 0x80, 0x80, 0x80]))
    }

    @Test func surrogatesAndCodePointsPastU10FFFFAreInvalid() {
        #expect(!valid([0xED, 0xA0, 0x80]))
        #expect(!valid([0xF4, 0x90, 0x80, 0x80]))
        #expect(!valid([0xF5, 0x80, 0x80, 0x80]))
    }

    @Test func truncatedAndStrayBytesAreInvalid() {
        #expect(!valid(Array("ends in the middle ".utf8) + [0xE2, 0x82]))
        #expect(!valid([0x80]))
        #expect(!valid(Array("12345678".utf8) + [0xFF] + Array("12345678".utf8)))
    }

    @Test func agreesWithTheStandardLibraryOnEveryTwoByteInput() {
        for first in 0...255 {
            for second in 0...255 {
                let bytes: [UInt8] = [UInt8(first), UInt8(second)]
                #expect(valid(bytes) == (String(validating: bytes, as: UTF8.self) != nil))
            }
        }
    }
}
