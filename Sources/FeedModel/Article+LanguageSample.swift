extension Article {
    /// The most of the text that identification reads: as accurate as the whole text on the
    /// real corpus (half of it missed three more Hindi articles; docs/languages.md), and it
    /// bounds the cost per article whatever the excerpt's length.
    public static let languageSampleBytes = 1024

    /// The text an article's language is identified from: its title without a trailing
    /// `" - <own provider>"`, then its excerpt, unless that is raw JSON, markup without text or
    /// the title repeated (`findings`, as `CleaningRules.findings(of:)` gives them), its tags
    /// removed; at most `languageSampleBytes` of UTF-8, cut between characters. Cleaned so
    /// whatever `clean:` says: a provider's Latin-script name would tip a short Hindi title
    /// toward English.
    public func languageSample(findings: CleaningRules.Findings) -> String {
        let title = findings.contains(.providerSuffix) ? CleaningRules.withoutProviderSuffix(title, provider: provider?.name) : title
        guard let excerpt, findings.isDisjoint(with: [.rawSummary, .repeatedTitle]) else { return Self.prefix(title) }
        return Self.prefix(title + "\n" + (Self.holdsLessThan(excerpt) ? excerpt.removingHTMLTags() : excerpt))
    }

    /// `text.contains("<")` as Foundation answers it (by canonical equivalence: false for a `<`
    /// that a combining mark follows), asking Foundation only when the bytes do not settle it:
    /// without a `<` byte there is no match (U+226E `≮`, the one character whose decomposition
    /// holds `<`, is not matched either), and in ASCII every `<` byte is one. Foundation's
    /// search was nine tenths of the language sample's cost, a sixth of reading an article.
    static func holdsLessThan(_ text: String) -> Bool {
        guard text.holdsUTF8Byte(UInt8(ascii: "<")) else { return false }
        return text.anyUTF8Byte(where: { $0 >= 0x80 }) ? text.contains("<") : true
    }

    /// `text`'s first `languageSampleBytes` bytes of UTF-8, ending before a character that would be cut.
    static func prefix(_ text: String) -> String {
        let utf8 = text.utf8
        guard utf8.count > languageSampleBytes else { return text }
        var end = utf8.index(utf8.startIndex, offsetBy: languageSampleBytes)
        // Back off continuation bytes (10xxxxxx) to the start of the character they belong to.
        while end > utf8.startIndex, utf8[end] & 0xC0 == 0x80 { end = utf8.index(before: end) }
        return String(decoding: utf8[..<end], as: UTF8.self)
    }
}
