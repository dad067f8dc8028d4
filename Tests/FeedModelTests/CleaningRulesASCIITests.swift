import Foundation
import Testing
@testable import FeedModel

/// The byte paths of `CleaningRules` give what Foundation's search and normalisation give.
@Suite struct CleaningRulesASCIITests {
    /// ASCII: mixtures of words, spaces, separators, punctuation and controls, and every byte.
    private static let samples: [String] = mixtures(of: "aZ09 -|.!?,;:'\"()[]{}_@#$%&*+/<=>\\^`~\t\n\r\u{0B}\u{0C}\u{1C}\u{1F}\u{7F}\u{00}", count: 4000)
        + asciiBytes

    /// Text beyond ASCII: separators, dashes, combining marks, decomposed and precomposed
    /// letters, singletons NFC replaces, Devanagari with nukta, wide and other spaces.
    private static let unicodeSamples: [String] = mixtures(
        of: "a \u{2013}\u{2014}-|\u{301}\u{308}\u{E9}e\u{915}\u{93C}\u{958}\u{212A}\u{FF21}\u{A0}\u{3000}\u{130}.\u{2026}\u{1F600}",
        count: 6000)

    /// Every ASCII byte, each alone and among words, spaces and separators.
    private static let asciiBytes: [String] = {
        var samples = ["", " ", "Story", "Rates held.", "  Rates  HELD !? ", "A - B | C", "A - - B", " - ", " |  - x", "a\r\nb\r\n"]
        for byte in UInt8(0)..<0x80 {
            let character = String(Unicode.Scalar(byte))
            samples += [character, "Word" + character, character + "word", "A \(character) B", "x" + character + " - y" + character]
        }
        return samples
    }()

    /// Deterministic mixtures of `alphabet`'s scalars: a linear congruential generator.
    private static func mixtures(of alphabet: String, count: Int) -> [String] {
        let alphabet = Array(alphabet.unicodeScalars)
        var samples: [String] = []
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<count {
            var text = String.UnicodeScalarView()
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            for _ in 0..<Int(state >> 60) + 2 {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text.append(alphabet[Int(state >> 33) % alphabet.count])
            }
            samples.append(String(text))
        }
        return samples
    }

    @Test func comparableMatchesTheUnicodePath() {
        for sample in Self.samples {
            #expect(CleaningRules.comparableASCII(sample) == CleaningRules.comparableUnicode(sample), "\(Array(sample.utf8))")
        }
    }

    @Test func comparisonWhileReadingMatchesComparingInFull() {
        let titles = Self.samples + Self.unicodeSamples
        for (index, title) in titles.enumerated() {
            let key = CleaningRules.comparable(title)
            let others = [title, title.uppercased(), "  " + title + " .!? ", title + "x", "x" + title, String(title.dropLast()),
                          titles[(index + 1) % titles.count], title.replacingOccurrences(of: " ", with: "\n\t "),
                          "Zu\u{308}rich " + title, title + " e\u{301}"]
            for excerpt in others {
                guard let equal = CleaningRules.comparableASCII(excerpt, equals: key) else { continue }
                #expect(equal == (CleaningRules.comparable(excerpt) == key), "\(Array(excerpt.utf8)) against \(Array(key.utf8))")
            }
        }
        #expect(CleaningRules.comparableASCII("Rates held.", equals: "rates held") == true)
        #expect(CleaningRules.comparableASCII("Zu\u{308}rich", equals: "zürich") == nil)
        // The ASCII bytes before the first beyond ASCII settle a difference, but the last of them.
        #expect(CleaningRules.comparableASCII("Zurich\u{308}", equals: "zürich") == false)
        #expect(CleaningRules.comparableASCII("Rates, \u{915}", equals: "rates held") == false)
        #expect(CleaningRules.comparableASCII("Rates h\u{915}", equals: "rates held") == nil)
        #expect(CleaningRules.comparableASCII("Rates held", equals: "rates h\u{E9}ld") == false)
    }

    @Test func separatorMatchesFoundationsSearch() {
        for sample in Self.samples {
            let foundation = [" - ", " | "].compactMap { sample.range(of: $0, options: .backwards) }.max { $0.lowerBound < $1.lowerBound }
            let bytes = CleaningRules.lastASCIISeparator(in: sample)
            #expect(bytes.map { sample.utf8.distance(from: sample.startIndex, to: $0.lowerBound) }
                    == foundation.map { sample.utf8.distance(from: sample.startIndex, to: $0.lowerBound) }, "\(Array(sample.utf8))")
        }
    }

    @Test func separatorsBeyondASCIIAreFoundationsFinds() {
        for sample in Self.unicodeSamples + Self.samples {
            let foundation = [" - ", " | ", " – ", " — "].compactMap { sample.range(of: $0, options: .backwards) }
                .max { $0.lowerBound < $1.lowerBound }
            #expect(CleaningRules.lastSeparator(in: sample) == foundation, "\(Array(sample.unicodeScalars))")
        }
    }

    @Test func comparableBeyondASCIIIsFoundationsNFCLowerCased() {
        for sample in Self.unicodeSamples {
            var line = Substring(sample.collapsingWhitespace().precomposedStringWithCanonicalMapping.lowercased())
            while let last = line.last, last.isPunctuation || last.isWhitespace { line.removeLast() }
            #expect(Array(CleaningRules.comparable(sample).utf8) == Array(line.utf8), "\(Array(sample.unicodeScalars))")
        }
    }

    @Test func textBeyondASCIITakesTheUnicodePath() {
        #expect(CleaningRules.comparableASCII("Zu\u{308}rich") == nil)
        #expect(CleaningRules.comparable("ZU\u{308}RICH.") == "z\u{FC}rich")
        #expect(CleaningRules.withoutProviderSuffix("Nachricht — Wire", provider: "wire") == "Nachricht")
    }
}
