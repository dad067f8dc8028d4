import FeedModel
import Testing
@testable import FeedBuild

/// Language identification with CLD2: real-looking titles and summaries, and when it says nothing.
@Suite("Language identification")
struct LanguageIdentifierTests {
    @Test("news in Hindi, Tamil, Telugu, Bengali and English is identified", arguments: [
        ("hi", "राजस्थान से आ रही गर्म हवाओं से भिंड का पारा 45 डिग्री पहुंचा, रात में भी लू चलने से लोग परेशान हैं"),
        ("ta", "சென்னையில் இன்று கனமழை பெய்யும் என வானிலை ஆய்வு மையம் தெரிவித்துள்ளது, பொதுமக்கள் எச்சரிக்கையாக இருக்க வேண்டும்"),
        ("te", "ఏపీలో రాగల మూడు రోజులు భారీ వర్షాలు కురిసే అవకాశం ఉందని వాతావరణ కేంద్రం హెచ్చరిక జారీ చేసింది"),
        ("bn", "কলকাতায় আজ সকাল থেকে প্রবল বৃষ্টি শুরু হয়েছে, আবহাওয়া দফতর সতর্কতা জারি করেছে বলে জানা গিয়েছে"),
        ("en", "The city council approved the new budget on Tuesday after a long debate about public transport and housing"),
    ])
    func identifies(_ expected: String, _ text: String) {
        #expect(LanguageIdentifier.language(of: text) == expected)
    }

    @Test("too little text, or none, gives no language rather than a guess")
    func unsure() {
        #expect(LanguageIdentifier.language(of: "") == nil)
        #expect(LanguageIdentifier.language(of: "42 - 17") == nil)
    }

    @Test("the same text always gives the same language")
    func deterministic() {
        let text = "ગુજરાતમાં આજે હવામાન વિભાગે ભારે વરસાદની આગાહી કરી છે અને માછીમારોને દરિયો ન ખેડવા સૂચના આપી છે"
        let answers = Set((0..<20).map { _ in LanguageIdentifier.language(of: text) })
        #expect(answers == ["gu"])
    }

    @Test("CLD2's withdrawn ISO 639 codes become today's; its unknown-language codes none")
    func tags() {
        #expect(LanguageIdentifier.tag("iw") == "he")
        #expect(LanguageIdentifier.tag("zh-Hant") == "zh-Hant")
        #expect(LanguageIdentifier.tag("un") == nil)
        #expect(LanguageIdentifier.tag("xxx") == nil)
    }
}
