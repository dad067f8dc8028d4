import Testing
@testable import FeedModel

/// Keywords of custom feeds: whole words bounded by characters outside L, M and N, phrases,
/// any case after NFC, and anywhere in scripts written without spaces.
@Suite("Custom feeds: keywords")
struct KeywordTests {
    static func occurs(_ keyword: String, in text: String) -> Bool {
        var folded = Keyword.fold(text)
        return folded.withUTF8 { Keyword(keyword)!.occurs(in: $0) }
    }

    @Test func latinWholeWordsAnyCase() {
        #expect(Self.occurs("heat", in: "Heat wave in Delhi"))
        #expect(Self.occurs("HEAT", in: "the heat."))
        #expect(Self.occurs("heat", in: "(heat)"))
        #expect(!Self.occurs("heat", in: "heated debate"))
        #expect(!Self.occurs("heat", in: "wheat prices"))
        #expect(!Self.occurs("heat", in: "heat2"))
        #expect(Self.occurs("5g", in: "5G, finally"))
        #expect(!Self.occurs("5g", in: "5GB plans"))
    }

    @Test func phrasesAndApostrophes() {
        #expect(Self.occurs("heat wave", in: "A heat wave hits"))
        #expect(Self.occurs("heat   wave", in: "A heat wave hits"))
        #expect(!Self.occurs("heat wave", in: "heat waves"))
        #expect(Self.occurs("o'reilly", in: "Data center O'Reilly"))
    }

    @Test func composedAndDecomposedMeet() {
        #expect(Self.occurs("Zu\u{308}rich", in: "Z\u{FC}rich airport"))
        #expect(Self.occurs("z\u{FC}rich", in: "ZU\u{308}RICH"))
    }

    @Test func devanagariMarksAreWordCharacters() {
        #expect(Self.occurs("लू", in: "लू से बचने के उपाय"))
        #expect(Self.occurs("लू", in: "गर्मी और लू"))
        #expect(!Self.occurs("लू", in: "लूट की घटना"))
        #expect(Self.occurs("बारिश", in: "झमाझम बारिश और आंधी"))
        #expect(!Self.occurs("बार", in: "झमाझम बारिश"))
        #expect(!Self.occurs("बारिश", in: "बारिशों का दौर"))
    }

    @Test func tamilWordsEndAtTheirMarks() {
        #expect(Self.occurs("வெயில்", in: "பொளந்து கட்டும் வெயில்.. மீண்டும்"))
        #expect(Self.occurs("மழை", in: "ஆட்டத்தை ஆரம்பிக்கும் மழை.."))
        #expect(!Self.occurs("மழை", in: "மழைக்கால கூட்டத்தொடர்"))
    }

    @Test func hanKanaAndThaiMatchAnywhere() {
        #expect(Self.occurs("电力", in: "中国电力公司发布"))
        #expect(Self.occurs("データ", in: "新しいデータセンター"))
        #expect(Self.occurs("ร้อน", in: "อากาศร้อนมาก"))
        #expect(!Self.occurs("电力", in: "中国电网"))
    }

    @Test func aKeywordWithoutTextNeverMatches() {
        #expect(Keyword("   ") == nil)
        #expect(!Self.occurs("heat", in: ""))
    }
}
