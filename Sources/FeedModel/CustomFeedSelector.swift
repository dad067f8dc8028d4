/// Which merged articles each custom feed holds, in its order.
///
/// Names are resolved once: each topic and provider spelling of the articles gets a small
/// integer (spellings that are the same feed name share it), so a hundred feeds over 100,000
/// articles compare integers, not strings.
struct CustomFeedSelector {
    let articles: [FeedCatalog.MergedArticle]
    /// Feed name → id, for topics and providers alike.
    private var nameIDs: [FeedName: Int] = [:]
    /// Per article: the ids of its topics, of its provider's name (-1: none), its domain lower-cased.
    private var topicIDs: [[Int]] = []
    private var providerIDs: [Int] = []
    private var domains: [String?] = []
    /// The newest article's `updated`: what `max_age_days` counts back from.
    private let newest: Int64

    init(articles: [FeedCatalog.MergedArticle]) {
        self.articles = articles
        newest = articles.lazy.map(\.updatedAt.secondsSinceEpoch).max() ?? 0
        var spellings: [String: Int] = [:]
        func id(_ raw: String) -> Int {
            if let known = spellings[raw] { return known }
            let id = FeedName(raw).map { name in
                if let known = nameIDs[name] { return known }
                nameIDs[name] = nameIDs.count
                return nameIDs.count - 1
            } ?? -1
            spellings[raw] = id
            return id
        }
        topicIDs.reserveCapacity(articles.count)
        for article in articles {
            topicIDs.append(article.topics.map(id))
            providerIDs.append(article.providerName.map(id) ?? -1)
            domains.append(article.providerDomain?.lowercased())
        }
    }

    /// The articles `feed` holds, in its order: at most `limit` of them.
    func select(_ feed: CustomFeed, limit: Int) -> [Int] {
        let rules = Rules(feed.selection, ids: nameIDs, newest: newest)
        var selected: [Int] = []
        for index in articles.indices where rules.admit(articles[index], topics: topicIDs[index],
                                                         provider: providerIDs[index], domain: domains[index]) {
            selected.append(index)
            // Articles are newest first: a feed in that order is complete at its limit.
            if feed.order == .newest && selected.count == limit { break }
        }
        guard feed.order == .heat else { return selected }
        // Stable on indices, which are newest first and then by id: the ties' order.
        let heats = selected.map { articles[$0].heat }
        let order = selected.indices.sorted { a, b in
            switch (heats[a], heats[b]) {
            case let (x?, y?) where x != y: return x > y
            case (.some, nil): return true
            case (nil, .some): return false
            default: return selected[a] < selected[b]
            }
        }
        return order.prefix(limit).map { selected[$0] }
    }

    /// One feed's selection with its names resolved to ids.
    private struct Rules {
        var topicsAny: Set<Int>?
        /// nil: no rule; an entry of -1: a topic no article has, so nothing matches.
        var topicsAll: [Int]?
        var providerNames: Set<Int> = []
        var providerDomains: Set<String> = []
        let hasProviderRule: Bool
        let languages: [String]
        let keywordsAny: [Keyword]
        let keywordsNone: [Keyword]
        let minQuality: Int?
        let minHeat: Int?
        let oldest: Int64?

        init(_ selection: CustomFeedSelection, ids: [FeedName: Int], newest: Int64) {
            func resolve(_ name: String) -> Int { FeedName(name).flatMap { ids[$0] } ?? -1 }
            topicsAny = selection.topicsAny.isEmpty ? nil : Set(selection.topicsAny.map(resolve))
            topicsAll = selection.topicsAll.isEmpty ? nil : selection.topicsAll.map(resolve)
            hasProviderRule = !selection.providers.isEmpty
            for provider in selection.providers {
                providerNames.insert(resolve(provider))
                providerDomains.insert(provider.lowercased())
            }
            languages = selection.languages.map { $0.lowercased() }
            keywordsAny = selection.keywordsAny.compactMap(Keyword.init)
            keywordsNone = selection.keywordsNone.compactMap(Keyword.init)
            minQuality = selection.minQuality
            minHeat = selection.minHeat
            oldest = selection.maxAgeDays.map { newest - Int64($0) * 86_400 }
        }

        func admit(_ article: FeedCatalog.MergedArticle, topics: [Int], provider: Int, domain: String?) -> Bool {
            if let minQuality, !(article.quality.map { $0 >= minQuality } ?? false) { return false }
            if let minHeat, !(article.heat.map { $0 >= minHeat } ?? false) { return false }
            if let oldest, article.updatedAt.secondsSinceEpoch < oldest { return false }
            if let topicsAny, !topics.contains(where: { $0 >= 0 && topicsAny.contains($0) }) { return false }
            if let topicsAll, !topicsAll.allSatisfy({ $0 >= 0 && topics.contains($0) }) { return false }
            if hasProviderRule && !(provider >= 0 && providerNames.contains(provider))
                && !(domain.map(providerDomains.contains) ?? false) { return false }
            if !languages.isEmpty && !Self.matches(languages, article.language) { return false }
            guard !keywordsAny.isEmpty || !keywordsNone.isEmpty else { return true }
            var text = article.text ?? ""
            return text.withUTF8 { bytes in
                (keywordsAny.isEmpty || keywordsAny.contains { $0.occurs(in: bytes) }) && !keywordsNone.contains { $0.occurs(in: bytes) }
            }
        }

        /// `en` matches `en` and `en-IN`; `en-IN` only `en-IN`; any case.
        private static func matches(_ rules: [String], _ language: String?) -> Bool {
            guard let language = language?.lowercased() else { return false }
            return rules.contains { language == $0 || language.hasPrefix($0 + "-") }
        }
    }
}
