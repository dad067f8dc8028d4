import FeedModel

/// The entries a watch's rebuilds read in pass 2, and rendered, kept for the rebuilds after:
/// the feeds a batch of new articles makes stale show mostly entries that earlier rebuilds
/// already read, mapped and rendered, and doing that again was most of rendering.
///
/// An entry is recalled by the key `EntryFingerprints` works out of its article (a 64-bit
/// hash of its URL, language, provider feed, and the path and version of every file merged
/// into it): the word a feed's fingerprint already trusts to say that the entry is unchanged. Its rendered forms depend on
/// the settings besides, and so does the mapping: everything is dropped when they change (a
/// reloaded `feedpub.yml`). An entry no rebuild has used for `keptRebuilds` rebuilds is dropped,
/// and what is kept weighs at most `maximumBytes` (the least recently used go first). A budget
/// in bytes, not entries: an entry with its three rendered forms weighs about 15 KB in the
/// benchmark's corpus, but as much as its article's body and more, and with archives a feed
/// shows every entry: bounded by count (10,000), they could hold 150 MB in that corpus, and
/// ten thousand bodies of any length.
final class EntryMemory {
    /// One article's entry, and its forms rendered so far.
    struct Kept {
        var entry: FeedEntry
        var rendered: [FeedFormat: [UInt8]] = [:]
        fileprivate var lastUsed: Int
        /// About the bytes the entry and its rendered forms hold: what the budget counts.
        fileprivate var weight: Int
    }

    /// An article's key (`EntryFingerprints`), as bytes.
    struct Key: Hashable {
        let bytes: [UInt8]

        func hash(into hasher: inout Hasher) { bytes.withUnsafeBytes { hasher.combine(bytes: $0) } }
    }

    static let keptRebuilds = 32
    static let maximumBytes = 48 << 20

    /// The budget: `maximumBytes`, smaller in tests.
    let maximumBytes: Int
    private var settings: UInt64 = 0
    private var rebuild = 0
    private var kept: [Key: Kept] = [:]
    /// The weights of everything kept, summed.
    private(set) var keptBytes = 0

    init(maximumBytes: Int = EntryMemory.maximumBytes) {
        self.maximumBytes = maximumBytes
    }

    /// Before a rebuild with settings `fingerprint`: what was kept under others is forgotten.
    func begin(settings fingerprint: UInt64) {
        rebuild += 1
        guard fingerprint != settings else { return }
        settings = fingerprint
        kept = [:]
        keptBytes = 0
    }

    /// The entry kept for `key`, if any, marked used by this rebuild.
    func recall(_ key: Key) -> FeedEntry? {
        guard let index = kept.index(forKey: key) else { return nil }
        kept.values[index].lastUsed = rebuild
        return kept.values[index].entry
    }

    /// Keeps an entry read now, while there is room.
    func remember(_ entry: FeedEntry, as key: Key) {
        let weight = Self.weight(of: entry), replaced = kept[key]?.weight ?? 0
        guard keptBytes - replaced + weight <= maximumBytes else { return }
        kept[key] = Kept(entry: entry, lastUsed: rebuild, weight: weight)
        keptBytes += weight - replaced
    }

    /// The entry kept for `key` rendered in `format`, if it was.
    func rendered(_ key: Key, _ format: FeedFormat) -> [UInt8]? { kept[key]?.rendered[format] }

    /// Keeps the form of the entry kept for `key` rendered in `format` now, while there is room.
    func remember(rendered bytes: [UInt8], of key: Key, _ format: FeedFormat) {
        guard let index = kept.index(forKey: key) else { return }
        let added = bytes.count - (kept.values[index].rendered[format]?.count ?? 0)
        guard keptBytes + added <= maximumBytes else { return }
        kept.values[index].rendered[format] = bytes
        kept.values[index].weight += added
        keptBytes += added
    }

    /// After a rebuild: what the last `keptRebuilds` rebuilds did not use is dropped, then the
    /// least recently used down to three quarters of `maximumBytes`, to leave the next rebuild
    /// room. Found by weighing what each rebuild used last, and dropped key by key: copying
    /// the survivors into a new table cost more than the rest of this.
    func finish() {
        let oldest = rebuild - Self.keptRebuilds
        var used = [Int](repeating: 0, count: Self.keptRebuilds)
        for entry in kept.values where entry.lastUsed > oldest { used[rebuild - entry.lastUsed] += entry.weight }
        // Newest first, the rebuilds whose entries all fit stay whole; of the next, what fits.
        let room = maximumBytes * 3 / 4
        var fitting = 0, age = 0
        while age < used.count, fitting + used[age] <= room {
            fitting += used[age]
            age += 1
        }
        let boundary = rebuild - age
        var partial = age < used.count ? room - fitting : 0
        guard keptBytes > fitting + partial else { return }
        var dropped: [Key] = []
        for (key, entry) in kept where entry.lastUsed <= boundary {
            if entry.lastUsed == boundary && entry.weight <= partial {
                partial -= entry.weight
            } else {
                dropped.append(key)
            }
        }
        for key in dropped { keptBytes -= kept.removeValue(forKey: key)?.weight ?? 0 }
    }

    /// About the bytes `entry` holds: its strings' UTF-8, and a word or so for the rest of each
    /// field, image, category and related link. Enough to keep the budget in proportion.
    private static func weight(of entry: FeedEntry) -> Int {
        let texts = [entry.id, entry.link, entry.title, entry.summary ?? "", entry.contentHTML ?? "", entry.leadHTML ?? "",
                     entry.author.name, entry.language ?? ""]
        let pieces = entry.images.map { $0.url.utf8.count + 48 } + entry.related.map { $0.url.utf8.count + ($0.title?.utf8.count ?? 0) + 32 }
            + entry.categories.map { $0.term.utf8.count + 48 }
        return 256 + texts.reduce(0) { $0 + $1.utf8.count } + pieces.reduce(0, +)
    }

    /// How many entries are kept, for tests.
    var count: Int { kept.count }
}
