/// Which feeds exist, and what is in each: the one place that answers it.
///
/// - One feed of all articles (`rss.xml`, `atom.xml` at the top of the output folder).
/// - One per topic (`topics/<slug>/`), topics compared by `FeedName` (trimmed, NFC, any case).
/// - One per provider name (`providers/<slug>/`), compared the same way.
/// Articles sharing a URL are first merged (`ArticleMerger`). Each feed holds the newest
/// `entryLimit` entries, newest `updated` first, ties broken by id. A name spelled several
/// ways is shown in its most frequent spelling (ties: the first in code-point order).
public struct FeedCatalog: Sendable {
    public let feeds: [Feed]
    /// URLs that several files gave, for the warning the command prints.
    public let duplicates: [DuplicateURL]

    public struct DuplicateURL: Sendable, Equatable {
        public var url: String
        public var winnerPath: String
        public var mergedPaths: [String]
    }

    public init(articles: [Article], site: SiteConfiguration) {
        let merges = ArticleMerger.merge(articles)
        duplicates = merges.filter { !$0.mergedPaths.isEmpty }.map {
            DuplicateURL(url: $0.article.url, winnerPath: $0.article.sourcePath, mergedPaths: $0.mergedPaths)
        }
        let stories = merges.map(\.article).sorted { a, b in
            a.updatedAt != b.updatedAt ? a.updatedAt > b.updatedAt : a.url.utf8.lexicographicallyPrecedes(b.url.utf8)
        }
        var all = Bucket(), topics = Axis(), providers = Axis()
        for (index, story) in stories.enumerated() {
            all.add(index, limit: site.entryLimit)
            for topic in story.topics { topics.add(index, name: topic, limit: site.entryLimit) }
            if let provider = story.provider { providers.add(index, name: provider.name, limit: site.entryLimit) }
        }

        let mapping = EntryMapping(site: site)
        var entries: [Int: FeedEntry] = [:]
        func entriesOf(_ bucket: Bucket) -> [FeedEntry] {
            bucket.indices.map { index in
                if let entry = entries[index] { return entry }
                let entry = mapping.entry(for: stories[index])
                entries[index] = entry
                return entry
            }
        }
        func feed(_ kind: Feed.Kind, _ directory: String, title: String, subtitle: String, home: String, _ bucket: Bucket) -> Feed {
            let prefix = directory.isEmpty ? "" : directory + "/"
            let items = entriesOf(bucket)
            return Feed(kind: kind, title: title, subtitle: subtitle, directory: directory,
                        rssURL: site.url(prefix + "rss.xml"), atomURL: site.url(prefix + "atom.xml"),
                        homeURL: home, language: site.language, updated: items.first?.updated ?? .epoch,
                        generator: site.generator, entries: items)
        }

        var feeds = [feed(.all, "", title: site.title, subtitle: "The newest articles on every topic, from \(site.title)",
                          home: site.baseURL, all)]
        for (name, slug, bucket) in topics.feeds() {
            feeds.append(feed(.topic(name), "topics/" + slug, title: "\(name) — \(site.title)",
                              subtitle: "The newest articles on \(name), from \(site.title)", home: site.baseURL, bucket))
        }
        for (name, slug, bucket) in providers.feeds() {
            let domain = bucket.indices.lazy.compactMap { stories[$0].provider?.domain }.first
            feeds.append(feed(.provider(name), "providers/" + slug, title: "\(name) — \(site.title)",
                              subtitle: "The newest articles from \(name), via \(site.title)",
                              home: domain.flatMap { CanonicalURL.http("https://\($0)/") } ?? site.baseURL, bucket))
        }
        self.feeds = feeds
    }
}

/// The newest entries of one feed, as indices into the sorted stories.
private struct Bucket {
    var indices: [Int] = []

    mutating func add(_ index: Int, limit: Int) {
        if indices.count < limit { indices.append(index) }
    }
}

/// The feeds of one axis (topics or providers), keyed by `FeedName`.
private struct Axis {
    private var buckets: [FeedName: Bucket] = [:]
    private var spellings: [FeedName: [String: Int]] = [:]

    mutating func add(_ index: Int, name raw: String, limit: Int) {
        guard let name = FeedName(raw) else { return }
        buckets[name, default: Bucket()].add(index, limit: limit)
        spellings[name, default: [:]][name.display, default: 0] += 1
    }

    /// (display name, slug, bucket) for every name, in slug order.
    func feeds() -> [(String, String, Bucket)] {
        let slugs = SlugAssigner.assign(Array(buckets.keys))
        return buckets.map { name, bucket in
            let display = spellings[name]!.max { a, b in
                a.value != b.value ? a.value < b.value : b.key.unicodeScalars.lexicographicallyPrecedes(a.key.unicodeScalars)
            }!.key
            return (display, slugs[name]!, bucket)
        }.sorted { $0.1 < $1.1 }
    }
}
