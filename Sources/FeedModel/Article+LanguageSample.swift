extension Article {
    /// The text an article's language is identified from: its title without a trailing
    /// `" - <own provider>"`, then its excerpt, unless that is raw JSON, markup without text or
    /// the title repeated, its tags removed. Cleaned so whatever `clean:` says: a provider's
    /// Latin-script name would tip a short Hindi title toward English.
    public var languageSample: String {
        let findings = CleaningRules.findings(of: self)
        let title = findings.contains(.providerSuffix) ? CleaningRules.withoutProviderSuffix(title, provider: provider?.name) : title
        guard let excerpt, findings.isDisjoint(with: [.rawSummary, .repeatedTitle]) else { return title }
        return title + "\n" + (excerpt.contains("<") ? excerpt.removingHTMLTags() : excerpt)
    }
}
