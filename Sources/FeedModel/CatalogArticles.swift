/// The merged articles a catalog is planned from, newest first, with the names each one
/// mentions on every axis: built from all the summaries (`init(summaries:)`), or, in a watch,
/// updated for the files that changed (`update`), which gives the same value.
public struct CatalogArticles: Sendable {
    /// Every merged article, newest `updated` first, ties broken by URL (`ArticleMerger`).
    public internal(set) var articles: [FeedCatalog.MergedArticle] = []
    /// URLs that several files gave, in the order of their first file.
    public internal(set) var duplicates: [FeedCatalog.DuplicateURL] = []
    /// Per article, the spellings it mentions, as numbers of `topics`, `providers` and `languages`.
    var mentions: [Mentions] = []
    private(set) var topics = AxisNames()
    private(set) var providers = AxisNames()
    private(set) var languages = AxisNames()
    /// Per URL that several files give, the summaries that give it, when the articles are kept
    /// to be updated. Their `sourceIndex` may be out of date; the merged article's
    /// `sourceIndices` are not. A URL one file gives is its article's own summary.
    var groups: [String: [ArticleSummary]]?
    /// How many of the articles' URLs have each hash (`String.hashValue`), when kept to be
    /// updated: an added file's URL is looked for among the articles only when its hash is
    /// counted. (A table of every URL's summaries took 98 MB at a million articles; this 25.)
    var urlHashes: [Int: Int32] = [:]
    /// Per URL of `groups` that several files give: its warning, and the position of its
    /// first file, which orders the warnings.
    var repeated: [String: (first: Int, duplicate: FeedCatalog.DuplicateURL)] = [:]

    /// One article's spellings; -1 for no provider or no language.
    struct Mentions: Sendable {
        var topics: [Int32]
        var provider: Int32
        var language: Int32
    }

    /// The articles of `summaries` (after the inclusion rules and language overrides), each
    /// summary's `sourceIndex` in the order of its file; `updatable`: kept to be updated.
    public init(summaries: [ArticleSummary], updatable: Bool = false) {
        (articles, duplicates) = ArticleMerger.mergeNewestFirst(summaries)
        mentions.reserveCapacity(articles.count)
        for index in articles.indices { mentions.append(mention(articles[index])) }
        guard updatable else { return }
        urlHashes.reserveCapacity(articles.count)
        for index in articles.indices { urlHashes[articles[index].url.hashValue, default: 0] += 1 }
        for article in articles where article.sourceCount > 1 { repeated[article.url] = Self.repeatedEntry(article) }
        let repeated = repeated
        groups = repeated.isEmpty ? [:] : Dictionary(grouping: summaries.lazy.filter { repeated[$0.url] != nil }, by: \.url)
    }

    /// The warning for `article`, given by several files, with the position of its first file.
    static func repeatedEntry(_ article: FeedCatalog.MergedArticle) -> (first: Int, duplicate: FeedCatalog.DuplicateURL) {
        (article.sourceIndices.min()!, FeedCatalog.DuplicateURL(url: article.url, winnerPath: article.winnerPath,
                                                                 mergedPaths: article.sourcePaths.filter { $0 != article.winnerPath }))
    }

    /// `summaries` (those the inclusion rules kept) as the articles are made of them: with
    /// `configuration`'s provider and topic languages applied (`FeedCatalog.applyingLanguageOverrides`).
    public static func prepared(_ summaries: [ArticleSummary], configuration: FeedpubConfiguration) -> [ArticleSummary] {
        FeedCatalog.applyingLanguageOverrides(configuration.overrides, to: summaries)
    }

    /// Counts `article`'s names on each axis.
    mutating func mention(_ article: FeedCatalog.MergedArticle) -> Mentions {
        var spellings: [Int32] = []
        spellings.reserveCapacity(article.topics.count)
        for topic in article.topics { spellings.append(topics.mention(topic)) }
        return Mentions(topics: spellings, provider: article.providerName.map { providers.mention($0) } ?? -1,
                        language: article.language.map { languages.mention($0) } ?? -1)
    }

    /// Takes back what `mention` counted.
    mutating func forget(_ mentions: Mentions) {
        for spelling in mentions.topics { topics.forget(spelling) }
        if mentions.provider >= 0 { providers.forget(mentions.provider) }
        if mentions.language >= 0 { languages.forget(mentions.language) }
    }

    /// Each feed's newest `limit` articles: the feed of all articles, then each axis's feeds.
    func buckets(limit: Int) -> (all: Bucket, topics: AxisBuckets, providers: AxisBuckets, languages: AxisBuckets) {
        var all = Bucket()
        var topicBuckets = AxisBuckets(feedCount: topics.feedCount)
        var providerBuckets = AxisBuckets(feedCount: providers.feedCount)
        var languageBuckets = AxisBuckets(feedCount: languages.feedCount)
        for index in articles.indices {
            all.add(index, limit: limit)
            for spelling in mentions[index].topics { topicBuckets.add(index, spelling: spelling, of: topics, limit: limit) }
            let provider = mentions[index].provider, language = mentions[index].language
            if provider >= 0 { providerBuckets.add(index, spelling: provider, of: providers, limit: limit) }
            if language >= 0 { languageBuckets.add(index, spelling: language, of: languages, limit: limit) }
        }
        return (all, topicBuckets, providerBuckets, languageBuckets)
    }

    /// Per article, its provider's feed number in `providers` (-1 for none).
    func providerFeeds() -> [Int] {
        mentions.indices.map { index in
            let spelling = mentions[index].provider
            return spelling >= 0 ? providers.feed(of: spelling) : -1
        }
    }

    /// Whether the axes hold many more spellings than the articles mention: a long watch,
    /// after names came and went, is then better served by counting afresh.
    public var isWorthRebuilding: Bool {
        func worn(_ axis: AxisNames) -> Bool { axis.spellingCount > 4_096 && axis.spellingCount > 2 * axis.mentionedSpellingCount }
        return worn(topics) || worn(providers) || worn(languages)
    }
}

extension CatalogArticles {
    /// Whether `a` comes before the article of (`date`, `url`): newer, or as new with a URL
    /// first in byte order, the order of `ArticleMerger.mergeNewestFirst`.
    static func precedes(_ a: FeedCatalog.MergedArticle, _ date: Timestamp, _ url: String) -> Bool {
        a.updatedAt != date ? a.updatedAt > date : a.url.utf8.lexicographicallyPrecedes(url.utf8)
    }

    /// The position of the article of `date` and `url`, if there is one.
    func position(of date: Timestamp, url: String) -> Int? {
        let place = place(of: date, url: url)
        return place < articles.count && articles[place].updatedAt == date && articles[place].url == url ? place : nil
    }

    /// The position of the first article that does not come before (`date`, `url`).
    func place(of date: Timestamp, url: String) -> Int {
        var low = 0, high = articles.count
        while low < high {
            let middle = (low + high) / 2
            if Self.precedes(articles[middle], date, url) { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
