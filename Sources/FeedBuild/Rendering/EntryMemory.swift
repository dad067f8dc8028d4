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
/// and at most `maximumKept` entries are kept (the least recently used go first): an entry
/// with its three rendered forms weighs about 15 KB, and with archives a feed shows them all.
final class EntryMemory {
    /// One article's entry, and its forms rendered so far.
    struct Kept {
        var entry: FeedEntry
        var rendered: [FeedFormat: [UInt8]] = [:]
        fileprivate var lastUsed: Int
    }

    /// An article's key (`EntryFingerprints`), as bytes.
    struct Key: Hashable {
        let bytes: [UInt8]

        func hash(into hasher: inout Hasher) { bytes.withUnsafeBytes { hasher.combine(bytes: $0) } }
    }

    static let keptRebuilds = 32
    static let maximumKept = 10_000

    private var settings: UInt64 = 0
    private var rebuild = 0
    private var kept: [Key: Kept] = [:]

    /// Before a rebuild with settings `fingerprint`: what was kept under others is forgotten.
    func begin(settings fingerprint: UInt64) {
        rebuild += 1
        guard fingerprint != settings else { return }
        settings = fingerprint
        kept = [:]
    }

    /// The entry kept for `key`, if any, marked used by this rebuild.
    func recall(_ key: Key) -> FeedEntry? {
        guard let index = kept.index(forKey: key) else { return nil }
        kept.values[index].lastUsed = rebuild
        return kept.values[index].entry
    }

    /// Keeps an entry read now, while there is room.
    func remember(_ entry: FeedEntry, as key: Key) {
        guard kept.count < Self.maximumKept else { return }
        kept[key] = Kept(entry: entry, lastUsed: rebuild)
    }

    /// The entry kept for `key` rendered in `format`, if it was.
    func rendered(_ key: Key, _ format: FeedFormat) -> [UInt8]? { kept[key]?.rendered[format] }

    /// Keeps the form of the entry kept for `key` rendered in `format` now.
    func remember(rendered bytes: [UInt8], of key: Key, _ format: FeedFormat) {
        guard let index = kept.index(forKey: key) else { return }
        kept.values[index].rendered[format] = bytes
    }

    /// After a rebuild: what the last `keptRebuilds` rebuilds did not use is dropped, then the
    /// least recently used down to three quarters of `maximumKept`, to leave the next rebuild
    /// room. Found by counting uses per rebuild, and dropped key by key: copying the survivors
    /// into a new table cost more than the rest of this.
    func finish() {
        let oldest = rebuild - Self.keptRebuilds
        var uses = [Int](repeating: 0, count: Self.keptRebuilds)
        for entry in kept.values where entry.lastUsed > oldest { uses[rebuild - entry.lastUsed] += 1 }
        // Newest first, the rebuilds whose entries all fit stay whole; of the next, what fits.
        let room = Self.maximumKept * 3 / 4
        var fitting = 0, age = 0
        while age < uses.count, fitting + uses[age] <= room {
            fitting += uses[age]
            age += 1
        }
        let boundary = rebuild - age
        var partial = age < uses.count ? room - fitting : 0
        guard kept.count > fitting + partial else { return }
        var dropped: [Key] = []
        for (key, entry) in kept where entry.lastUsed <= boundary {
            if entry.lastUsed == boundary && partial > 0 {
                partial -= 1
            } else {
                dropped.append(key)
            }
        }
        for key in dropped { kept[key] = nil }
    }

    /// How many entries are kept, for tests.
    var count: Int { kept.count }
}
