internal import CLD2Shim
import FeedModel

/// An article's language from its text, by CLD2 (Chrome's Compact Language Detector 2, from
/// Debian's libcld2-dev): measured the most accurate on real articles (docs/languages.md).
/// Deterministic: the same text always gives the same answer, so reruns stay byte-identical.
enum LanguageIdentifier {
    /// The language of `text` as a BCP 47 tag ("hi", "zh-Hant"), or nil when CLD2 is unsure.
    static func language(of text: String) -> String? {
        guard !text.isEmpty else { return nil }
        var text = text
        let code = text.withUTF8 { bytes in feedpub_cld2_language(bytes.baseAddress, bytes.count).map { String(cString: $0) } }
        return code.flatMap(tag)
    }

    /// CLD2's code as BCP 47: its two ISO 639 codes withdrawn in 1989 renamed, anything not shaped
    /// like a tag refused (CLD2's unknown-language codes among them).
    static func tag(_ code: String) -> String? {
        let renamed = withdrawnCodes[code] ?? code
        guard let tag = try? SiteConfiguration.LanguageTag(renamed), tag.text != "un", tag.text != "xxx" else { return nil }
        return tag.canonical
    }

    private static let withdrawnCodes = ["iw": "he", "jw": "jv", "in": "id"]
}
