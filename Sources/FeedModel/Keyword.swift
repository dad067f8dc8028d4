internal import ByteScan

import Foundation
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// One of a custom feed's `keywords_any`/`keywords_none`, matched in an article's folded text
/// (`Keyword.fold`: NFC, lower-cased).
///
/// A match must be a whole word or phrase: the characters either side are not letters, marks or
/// digits (Unicode general categories L, M, N), or are the ends of the text. A keyword holding
/// a character of a script written without spaces (Han, Hiragana, Katakana, Thai) matches anywhere.
struct Keyword: Sendable, Equatable {
    /// The folded keyword's UTF-8: the text is searched as bytes, which (UTF-8 being
    /// self-synchronising) only ever finds it at character starts.
    let bytes: [UInt8]
    /// Whether the keyword matches inside words too.
    let matchesAnywhere: Bool

    /// nil for a keyword that is empty once white space is collapsed.
    init?(_ raw: String) {
        let folded = Self.fold(raw.collapsingWhitespace())
        guard !folded.isEmpty else { return nil }
        bytes = Array(folded.utf8)
        matchesAnywhere = folded.unicodeScalars.contains(where: Self.isWrittenWithoutSpaces)
    }

    /// `text` as keywords are compared with it: NFC, then lower-cased.
    static func fold(_ text: String) -> String {
        // Pass 1 folds every article's title and excerpt: Foundation's normalisation and the
        // standard library's lower case were most of the cost the keywords added to a cold build.
        text.precomposed.lowerCased
    }

    /// Whether the keyword occurs in `text` (folded) as its rule asks.
    func occurs(in text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = text.baseAddress, bytes.count <= text.count else { return false }
        return bytes.withUnsafeBufferPointer { keyword in
            let length = keyword.count
            var start = 0
            // memchr finds each candidate's first byte far faster than a loop over bytes.
            while start + length <= text.count,
                  let found = memchr(base + start, Int32(keyword[0]), text.count - length - start + 1) {
                let position = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                if memcmp(base + position, keyword.baseAddress!, length) == 0
                    && (matchesAnywhere || (!Self.isWordCharacter(before: position, in: text)
                                            && !Self.isWordCharacter(at: position + length, in: text))) {
                    return true
                }
                start = position + 1
            }
            return false
        }
    }

    /// Whether the character ending just before `end` is a letter, mark or digit (false at the start).
    private static func isWordCharacter(before end: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard end > 0 else { return false }
        var start = end - 1
        while start > 0 && text[start] & 0xC0 == 0x80 { start -= 1 }
        return isWordCharacter(at: start, in: text)
    }

    /// Whether the character starting at `start` is a letter, mark or digit (false at the end).
    private static func isWordCharacter(at start: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard start < text.count else { return false }
        let lead = text[start]
        if lead < 0x80 { return (lead >= 0x30 && lead <= 0x39) || ((lead | 0x20) >= 0x61 && (lead | 0x20) <= 0x7A) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        let end = min(start + length, text.count)
        guard let scalar = String(decoding: UnsafeBufferPointer(rebasing: text[start..<end]), as: UTF8.self).unicodeScalars.first else { return false }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }

    /// Han, Hiragana, Katakana and Thai: the scripts written without spaces between words.
    static func isWrittenWithoutSpaces(_ scalar: Unicode.Scalar) -> Bool {
        unspacedRanges.contains { $0.contains(scalar.value) }
    }

    /// Their blocks (Unicode's Scripts.txt, by block): Thai; CJK radicals, symbols and
    /// punctuation's ideographic marks; Hiragana; Katakana (and its extensions and half-width
    /// forms); CJK ideographs (extension A, unified, compatibility, extensions B and later).
    static let unspacedRanges: [ClosedRange<UInt32>] = [
        0x0E00...0x0E7F, 0x2E80...0x2FDF, 0x3005...0x3007, 0x3021...0x3029, 0x3038...0x303B,
        0x3040...0x30FF, 0x31F0...0x31FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF,
        0xFF66...0xFF9F, 0x1B000...0x1B16F, 0x20000...0x3134F,
    ]
}
