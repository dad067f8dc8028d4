/// The names of one axis (topics, providers or languages) that the articles mention, kept as
/// articles come and go: each spelling is numbered once, with how many mentions it has, so a
/// watch's rebuild counts only what changed instead of hashing 300,000 spellings again.
///
/// Spellings are numbered by their bytes (`StringNumbering`); spellings that are the same
/// `FeedName` (trimmed, NFC, any case) are one feed. A spelling no article mentions any more
/// keeps its number, and a feed none of whose spellings is mentioned is not listed.
struct AxisNames: Sendable {
    private var spellings = StringNumbering()
    /// Per spelling: its feed, or -1 for a name that is empty once cleaned.
    private var feedOfSpelling: [Int] = []
    /// Per spelling: its cleaned name (nil when empty), whose `display` competes for the feed's title.
    private var spellingNames: [FeedName?] = []
    /// Per spelling: its name's slug on its own (`Slug.base`), worked out once.
    private var spellingBases: [String] = []
    /// Per spelling: how many times articles mention it.
    private var spellingMentions: [Int] = []
    private var feedIDs: [FeedName: Int] = [:]
    /// Per feed: its spellings, and how many times articles mention any of them.
    private var feedSpellings: [[Int]] = []
    private var feedMentions: [Int] = []

    /// How many feeds were ever seen (some may no longer be mentioned).
    var feedCount: Int { feedSpellings.count }

    /// How many spellings are numbered, mentioned or not.
    var spellingCount: Int { spellingMentions.count }

    /// How many spellings some article mentions.
    var mentionedSpellingCount: Int { spellingMentions.reduce(0) { $0 + ($1 > 0 ? 1 : 0) } }

    /// The feed of spelling number `spelling`, or -1 when it names none.
    func feed(of spelling: Int32) -> Int { feedOfSpelling[Int(spelling)] }

    /// Counts one mention of `raw`; its spelling number, which `forget` takes back.
    mutating func mention(_ raw: String) -> Int32 {
        let (number, isNew) = spellings.number(of: raw)
        if isNew { register(raw) }
        spellingMentions[number] += 1
        let feed = feedOfSpelling[number]
        if feed >= 0 { feedMentions[feed] += 1 }
        return Int32(number)
    }

    /// Takes back one mention of spelling number `spelling`.
    mutating func forget(_ spelling: Int32) {
        let number = Int(spelling)
        spellingMentions[number] -= 1
        let feed = feedOfSpelling[number]
        if feed >= 0 { feedMentions[feed] -= 1 }
    }

    private mutating func register(_ raw: String) {
        spellingMentions.append(0)
        guard let name = FeedName(raw) else {
            feedOfSpelling.append(-1)
            spellingNames.append(nil)
            spellingBases.append("")
            return
        }
        let feed: Int
        if let known = feedIDs[name] {
            feed = known
        } else {
            feed = feedSpellings.count
            feedIDs[name] = feed
            feedSpellings.append([])
            feedMentions.append(0)
        }
        feedOfSpelling.append(feed)
        spellingNames.append(name)
        spellingBases.append(Slug.base(for: name.display))
        feedSpellings[feed].append(spellingNames.count - 1)
    }

    /// One feed of the axis, as the catalog plans it.
    struct Listed {
        var feed: Int
        /// The most frequent spelling (ties: the first in code-point order).
        var display: String
        var slug: String
        var bucket: Bucket
    }

    /// Every mentioned feed in slug order; `fixed` gives an editor's slug for a name, if any.
    /// A feed's name for its slug is the spelling its newest article mentions first
    /// (`AxisBuckets.firstSpellings`), as when the names were first numbered in article order.
    func feeds(_ buckets: AxisBuckets, fixed: (FeedName, Bucket) -> String? = { _, _ in nil }) -> [Listed] {
        let live = feedMentions.indices.filter { feedMentions[$0] > 0 }
        let spellings = live.map { feed in
            let first = buckets.firstSpellings[feed]
            return first >= 0 ? Int(first) : feedSpellings[feed][0]
        }
        let names = spellings.map { spellingNames[$0]! }
        var fixedSlugs: [FeedName: String] = [:]
        for (feed, name) in zip(live, names) { fixedSlugs[name] = fixed(name, buckets.buckets[feed]) }
        let slugs = SlugAssigner.assign(names, bases: spellings.map { spellingBases[$0] }, fixed: fixedSlugs)
        return zip(live, names).map { feed, name in
            Listed(feed: feed, display: display(of: feed), slug: slugs[name]!, bucket: buckets.buckets[feed])
        }.sorted { $0.slug < $1.slug }
    }

    /// The feed's most mentioned display form; spellings with one display form ("AI" and " AI ") summed first.
    private func display(of feed: Int) -> String {
        var counts: [String: Int] = [:]
        for spelling in feedSpellings[feed] where spellingMentions[spelling] > 0 {
            counts[spellingNames[spelling]!.display, default: 0] += spellingMentions[spelling]
        }
        return counts.max { a, b in
            a.value != b.value ? a.value < b.value : b.key.unicodeScalars.lexicographicallyPrecedes(a.key.unicodeScalars)
        }!.key
    }
}

/// The newest entries of one feed, as indices into the sorted articles.
struct Bucket: Sendable {
    var indices: [Int] = []

    mutating func add(_ index: Int, limit: Int) {
        if indices.count < limit { indices.append(index) }
    }
}

/// Per feed of one axis (`AxisNames`' feed numbers), its newest entries, and the spelling
/// that its newest article mentions first (-1 while none).
struct AxisBuckets {
    var buckets: [Bucket]
    var firstSpellings: [Int32]

    init(feedCount: Int) {
        buckets = Array(repeating: Bucket(), count: feedCount)
        firstSpellings = Array(repeating: -1, count: feedCount)
    }

    mutating func add(_ index: Int, spelling: Int32, of axis: AxisNames, limit: Int) {
        let feed = axis.feed(of: spelling)
        guard feed >= 0 else { return }
        if firstSpellings[feed] < 0 { firstSpellings[feed] = spelling }
        buckets[feed].add(index, limit: limit)
    }
}
