internal import Foundation

/// Each article's language, and the language feeds' names.
///
/// An article's language is, first that wins: its front matter's `language`; its provider's
/// `language:` in `feedpub.yml`; the `language:` of its first topic that has one (in the
/// article's order); the language identified from its text; else none. The provider comes
/// before topics because an article has one provider, usually publishing in one language,
/// but many topics, which often gather articles in several.
extension FeedCatalog {
    /// `summaries` with `overrides`' provider and topic languages applied to those whose front
    /// matter declares none; unchanged when no override names a language.
    static func applyingLanguageOverrides(_ overrides: FeedOverrides, to summaries: [ArticleSummary]) -> [ArticleSummary] {
        var languages = LanguageOverrides(overrides)
        guard !languages.isEmpty else { return summaries }
        return summaries.map { summary in
            guard !summary.languageIsDeclared,
                  let language = languages.provider(summary.providerName, domain: summary.providerDomain)
                    ?? summary.topics.lazy.compactMap({ languages.topic($0) }).first else { return summary }
            var overridden = summary
            overridden.language = language
            return overridden
        }
    }

    /// What a language feed declares: its tag, or the site's configured language when that is
    /// the same language more precisely (`en-IN` for `languages/en/`), as partners that want a
    /// region (Apple News) read it.
    static func feedLanguage(ofLanguage tag: String, site: SiteConfiguration) -> String {
        guard let configured = site.language, !tag.contains("-"),
              configured.lowercased().hasPrefix(tag.lowercased() + "-") else { return tag }
        return configured
    }

    /// A language's name in English ("Hindi" for `hi`, "Portuguese (Brazil)" for `pt-BR`), for
    /// its feed's title; the tag itself when the name is not known.
    public static func languageName(_ tag: String) -> String {
        Locale(identifier: "en").localizedString(forIdentifier: tag.replacingOccurrences(of: "-", with: "_")) ?? tag
    }
}

/// The `language:` overrides of `feedpub.yml`, each name looked up once per spelling.
private struct LanguageOverrides {
    private let topics: [FeedName: String]
    private let providers: [FeedName: String]
    private let domains: [String: String]
    private var topicBySpelling: [String: String?] = [:]
    private var providerBySpelling: [String: String?] = [:]

    init(_ overrides: FeedOverrides) {
        func languages(_ table: [String: FeedOverrides.Override]) -> [(String, String)] {
            table.compactMap { name, override in override.language.map { (name, $0) } }
        }
        topics = Dictionary(languages(overrides.topics).compactMap { name, tag in FeedName(name).map { ($0, tag) } }) { first, _ in first }
        providers = Dictionary(languages(overrides.providers).compactMap { name, tag in FeedName(name).map { ($0, tag) } }) { first, _ in first }
        domains = Dictionary(languages(overrides.providers).map { ($0.lowercased(), $1) }) { first, _ in first }
    }

    var isEmpty: Bool { topics.isEmpty && providers.isEmpty }

    mutating func topic(_ spelling: String) -> String? {
        if let known = topicBySpelling[spelling] { return known }
        let found = FeedName(spelling).flatMap { topics[$0] }
        topicBySpelling[spelling] = .some(found)
        return found
    }

    /// By the provider's name, else its domain (in any case), as provider overrides are found.
    mutating func provider(_ spelling: String?, domain: String?) -> String? {
        guard let spelling, !providers.isEmpty else { return nil }
        let key = spelling + "\u{1F}" + (domain ?? "")
        if let known = providerBySpelling[key] { return known }
        let found = FeedName(spelling).flatMap { providers[$0] } ?? domain.flatMap { domains[$0.lowercased()] }
        providerBySpelling[key] = .some(found)
        return found
    }
}
