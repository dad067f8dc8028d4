import FeedModel

/// What each shown article adds to the fingerprint of every feed file that shows it: one word,
/// worked out once per article (`WordHash`) from what its entry's bytes depend on beyond the
/// feed's plan. An article is in four or five feeds (with archives, on a page of each), and
/// gathering and hashing its URL, paths, versions and provider feed again for each cost more
/// than the rest of planning.
struct EntryFingerprints {
    /// By article index; nil for articles no document shows.
    private let keys: [UInt64?]

    /// The key of every article some of `documents` show, worked out on all cores; `memory`
    /// recalls the provider feeds' keys.
    init(_ documents: [FeedPlan], catalog: FeedCatalog, files: [InputFolder.File], memory: PlanMemory) {
        var shown = Array(repeating: false, count: catalog.articles.count)
        for plan in documents {
            for index in plan.entryIndices { shown[index] = true }
        }
        let indices = shown.indices.filter { shown[$0] }
        let sources = Self.sourceKeys(of: indices, catalog: catalog, memory: memory)
        var keys = [UInt64?](repeating: nil, count: shown.count)
        for (index, key) in zip(indices, Parallel.map(indices) { Self.key(of: $0, catalog: catalog, sources: sources, files: files) }) {
            keys[index] = key
        }
        self.keys = keys
    }

    /// The article's key, which feed fingerprints fold in; nil when no document shows it.
    func key(of article: Int) -> UInt64? { keys[article] }

    /// The key as bytes, as a watch's `EntryMemory` recalls the entry by; empty when no
    /// document shows the article.
    subscript(article: Int) -> [UInt8] {
        guard let key = keys[article] else { return [] }
        return withUnsafeBytes(of: key.littleEndian) { Array($0) }
    }

    /// The `<source>` key of every provider feed the articles at `indices` name, by its
    /// position in the catalog's plans: a few hundred feeds, each worked out once (or recalled
    /// by `memory`) instead of once per entry (its paths and URLs are built to make it).
    private static func sourceKeys(of indices: [Int], catalog: FeedCatalog, memory: PlanMemory) -> [UInt64?] {
        var named = Array(repeating: false, count: catalog.plans.count)
        for index in indices {
            if let plan = catalog.providerPlan(of: index) { named[plan] = true }
        }
        let providers = named.indices.filter { named[$0] }
        var sources = [UInt64?](repeating: nil, count: catalog.plans.count)
        for (plan, key) in zip(providers, memory.sourceKeys(of: providers.map { catalog.plans[$0] })) { sources[plan] = key }
        return sources
    }

    /// An entry's URL, its language (feedpub.yml's overrides may set it, which no file version
    /// follows), its provider feed (its `<source>`) and the path and version of every file merged into it.
    private static func key(of index: Int, catalog: FeedCatalog, sources: [UInt64?], files: [InputFolder.File]) -> UInt64 {
        var hash = WordHash()
        // Field by field: `let article = catalog.articles[index]` would copy (retain) all of them.
        hash.add(catalog.articles[index].url)
        hash.add(catalog.articles[index].winnerPath)
        hash.add(catalog.articles[index].language ?? "")
        if let plan = catalog.providerPlan(of: index), let source = sources[plan] {
            hash.add(1 as UInt64)
            hash.add(source)
        } else {
            hash.add(0 as UInt64)
        }
        catalog.articles[index].forEachSourceIndex { index in
            hash.add(files[index].path)
            let version = files[index].version
            hash.add(version.size)
            hash.add(version.modifiedNanoseconds)
            hash.add(version.changedNanoseconds)
            hash.add(version.inode)
        }
        return hash.value
    }
}
