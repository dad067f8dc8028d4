extension SiteConfiguration.LanguageTag {
    /// The tag in BCP 47's conventional case (RFC 5646 §2.1.1): language and the rest lower case
    /// ("hi"), a four-letter script in title case ("Hant"), a two-letter region upper case ("BR").
    /// Tags compare without regard to case; writing one spelling keeps feeds and folders stable.
    public var canonical: String {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        return parts.enumerated().map { position, part in
            let lower = part.lowercased()
            guard position > 0 else { return lower }
            if part.count == 4, part.allSatisfy(\.isLetter) { return lower.prefix(1).uppercased() + lower.dropFirst() }
            if part.count == 2, part.allSatisfy(\.isLetter) { return lower.uppercased() }
            return lower
        }.joined(separator: "-")
    }
}
