/// Which merged articles each custom feed holds, in its order.
///
/// Names are resolved once: each topic and provider spelling of the articles gets a small
/// integer (spellings that are the same feed name share it), so a hundred feeds over 100,000
/// articles compare integers, not strings.
struct CustomFeedSelector {
    let articles: [FeedCatalog.MergedArticle]
    /// The site's keywords: the positions of the articles' `keywords` bits.
    private let keywords: KeywordList
    /// Feed name → id, for topics and providers alike.
    private var nameIDs: [FeedName: Int] = [:]
    /// What the rules read of each article, by article index, one array per field: passing a
    /// whole `MergedArticle` per article and feed would retain each of its strings every time.
    private var columns = Columns()
    /// The newest article's `updated`: what `max_age_days` counts back from.
    private let newest: Int64

    /// The fields the rules read, one array per field.
    struct Columns {
        /// Topic ids of article `i`: `topicIDs[topicStarts[i]..<topicStarts[i + 1]]`.
        var topicStarts: [Int] = [0]
        var topicIDs: [Int] = []
        /// The provider name's id, -1 for none.
        var providerIDs: [Int] = []
        var domains: [String?] = []
        var quality: [Int?] = []
        var heat: [Int?] = []
        var updated: [Int64] = []
        var languages: [String?] = []
        var keywords: [KeywordBits] = []
    }

    init(articles: [FeedCatalog.MergedArticle], keywords: KeywordList) {
        self.articles = articles
        self.keywords = keywords
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
        for index in articles.indices {
            for topic in articles[index].topics { columns.topicIDs.append(id(topic)) }
            columns.topicStarts.append(columns.topicIDs.count)
            columns.providerIDs.append(articles[index].providerName.map(id) ?? -1)
            columns.domains.append(articles[index].providerDomain?.lowercased())
            columns.quality.append(articles[index].quality)
            columns.heat.append(articles[index].heat)
            columns.updated.append(articles[index].updatedAt.secondsSinceEpoch)
            columns.languages.append(articles[index].language?.lowercased())
            columns.keywords.append(articles[index].keywords)
        }
    }

    /// The articles `feed` holds, in its order: at most `limit` of them.
    func select(_ feed: CustomFeed, limit: Int) -> [Int] {
        let rules = Rules(feed.selection, ids: nameIDs, keywords: keywords, newest: newest)
        var selected: [Int] = []
        for index in articles.indices {
            // Articles are newest first: past the age limit, none is young enough.
            if let oldest = rules.oldest, columns.updated[index] < oldest { break }
            guard rules.admit(index, columns) else { continue }
            selected.append(index)
            // A feed in that order is complete at its limit.
            if feed.order == .newest && selected.count == limit { break }
        }
        guard feed.order == .heat else { return selected }
        // Stable on indices, which are newest first and then by id: the ties' order.
        let heats = selected.map { columns.heat[$0] }
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
        /// The bits of `keywords_any` and `keywords_none`; empty: no rule.
        let keywordsAny: KeywordBits
        let keywordsNone: KeywordBits
        let minQuality: Int?
        let minHeat: Int?
        let oldest: Int64?

        init(_ selection: CustomFeedSelection, ids: [FeedName: Int], keywords: KeywordList, newest: Int64) {
            func resolve(_ name: String) -> Int { FeedName(name).flatMap { ids[$0] } ?? -1 }
            topicsAny = selection.topicsAny.isEmpty ? nil : Set(selection.topicsAny.map(resolve))
            topicsAll = selection.topicsAll.isEmpty ? nil : selection.topicsAll.map(resolve)
            hasProviderRule = !selection.providers.isEmpty
            for provider in selection.providers {
                providerNames.insert(resolve(provider))
                providerDomains.insert(provider.lowercased())
            }
            languages = selection.languages.map { $0.lowercased() }
            keywordsAny = keywords.mask(selection.keywordsAny)
            keywordsNone = keywords.mask(selection.keywordsNone)
            minQuality = selection.minQuality
            minHeat = selection.minHeat
            oldest = selection.maxAgeDays.map { newest - Int64($0) * 86_400 }
        }

        /// Whether article `index` passes every rule given, cheapest first.
        func admit(_ index: Int, _ columns: borrowing Columns) -> Bool {
            if let minQuality, !(columns.quality[index].map { $0 >= minQuality } ?? false) { return false }
            if let minHeat, !(columns.heat[index].map { $0 >= minHeat } ?? false) { return false }
            if topicsAny != nil || topicsAll != nil {
                // Positions, not a slice: a slice would retain the array for every article and feed.
                let topics = columns.topicStarts[index]..<columns.topicStarts[index + 1]
                if let topicsAny, !topics.contains(where: { topicsAny.contains(columns.topicIDs[$0]) }) { return false }
                if let topicsAll, !topicsAll.allSatisfy({ id in id >= 0 && topics.contains { columns.topicIDs[$0] == id } }) { return false }
            }
            if hasProviderRule {
                let provider = columns.providerIDs[index]
                guard (provider >= 0 && providerNames.contains(provider))
                        || (columns.domains[index].map(providerDomains.contains) ?? false) else { return false }
            }
            if !languages.isEmpty && !Self.matches(languages, columns.languages[index]) { return false }
            guard !keywordsAny.isEmpty || !keywordsNone.isEmpty else { return true }
            let found = columns.keywords[index]
            return (keywordsAny.isEmpty || found.intersects(keywordsAny)) && !found.intersects(keywordsNone)
        }

        /// `en` matches `en` and `en-IN`; `en-IN` only `en-IN`; any case (`language` is lower-cased).
        private static func matches(_ rules: [String], _ language: String?) -> Bool {
            guard let language else { return false }
            return rules.contains { language == $0 || language.hasPrefix($0 + "-") }
        }
    }
}
