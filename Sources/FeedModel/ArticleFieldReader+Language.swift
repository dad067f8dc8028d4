/// The front matter's `language`.
extension ArticleFieldReader {
    /// `language`: a BCP 47 tag, in its conventional case; a value of another shape is dropped
    /// with a warning, and the article's language is then identified from its text.
    mutating func language() -> String? {
        guard let text = optionalText(fields["language"], "language")?.trimmingWhitespace(), !text.isEmpty else { return nil }
        do {
            return try SiteConfiguration.LanguageTag(text).canonical
        } catch {
            collected.append(ArticleDecoder.Warning(
                "'language' is '\(text)', not a BCP 47 tag such as 'en' or 'pt-BR'; ignored, the language is identified from the text"))
            return nil
        }
    }
}
