import FeedModel

/// What each shown article adds to the fingerprint of every feed file that shows it, as the
/// bytes `BuildPlan.fingerprint(of:)` hashes for it, gathered once per article. With archives
/// an article is on a page of every feed it belongs to (five or six of them), and gathering
/// its URL, paths, versions and provider feed's text again for each cost more than the hashing.
struct EntryFingerprints {
    /// By article index; empty for articles no document shows.
    private let bytes: [[UInt8]]

    /// The bytes of every article some of `documents` show, gathered on all cores.
    init(_ documents: [FeedPlan], catalog: FeedCatalog, files: [InputFolder.File]) {
        var shown = Array(repeating: false, count: catalog.articles.count)
        for plan in documents {
            for index in plan.entryIndices { shown[index] = true }
        }
        let indices = shown.indices.filter { shown[$0] }
        let sources = Self.sourceFingerprints(of: indices, catalog: catalog)
        var bytes = Array(repeating: [UInt8](), count: shown.count)
        for (index, entryBytes) in zip(indices, Parallel.map(indices) { Self.gather($0, catalog: catalog, sources: sources, files: files) }) {
            bytes[index] = entryBytes
        }
        self.bytes = bytes
    }

    subscript(article: Int) -> [UInt8] { bytes[article] }

    /// The `<source>` fingerprint of every provider feed the articles at `indices` name, by its
    /// position in the catalog's plans: a few hundred feeds, each worked out once instead of
    /// once per entry (its paths and URLs are built to make it).
    private static func sourceFingerprints(of indices: [Int], catalog: FeedCatalog) -> [Int: String] {
        var sources: [Int: String] = [:]
        for index in indices {
            guard let plan = catalog.providerPlan(of: index), sources[plan] == nil else { continue }
            sources[plan] = EntryMapping.source(of: catalog.plans[plan].header).fingerprint
        }
        return sources
    }

    /// An entry's URL, its language (feedpub.yml's overrides may set it, which no file version
    /// follows), its provider feed (its `<source>`) and the path and version of every file merged into it.
    private static func gather(_ index: Int, catalog: FeedCatalog, sources: [Int: String], files: [InputFolder.File]) -> [UInt8] {
        var bytes: [UInt8] = []
        // Sized once: grown by appending, every entry's array was reallocated several times.
        bytes.reserveCapacity(byteCount(of: index, catalog: catalog, sources: sources, files: files))
        func add(_ text: String) {
            bytes += text.utf8
            bytes.append(0x1F)
        }
        func add(_ number: Int64) { withUnsafeBytes(of: number.littleEndian) { bytes += $0 } }
        // Field by field: `let article = catalog.articles[index]` would copy (retain) all of them.
        add(catalog.articles[index].url)
        add(catalog.articles[index].winnerPath)
        add(catalog.articles[index].language ?? "")
        if let plan = catalog.providerPlan(of: index) { add(sources[plan]!) }
        for index in catalog.articles[index].sourceIndices {
            add(files[index].path)
            let version = files[index].version
            add(version.size)
            add(version.modifiedNanoseconds)
            add(version.changedNanoseconds)
            add(Int64(bitPattern: version.inode))
        }
        return bytes
    }

    /// How many bytes `gather` makes of the article at `index`.
    private static func byteCount(of index: Int, catalog: FeedCatalog, sources: [Int: String], files: [InputFolder.File]) -> Int {
        let article = (url: catalog.articles[index].url, winner: catalog.articles[index].winnerPath, language: catalog.articles[index].language)
        var count = article.url.utf8.count + article.winner.utf8.count + (article.language?.utf8.count ?? 0) + 3
        if let plan = catalog.providerPlan(of: index) { count += sources[plan]!.utf8.count + 1 }
        for index in catalog.articles[index].sourceIndices { count += files[index].path.utf8.count + 1 + 4 * 8 }
        return count
    }
}
