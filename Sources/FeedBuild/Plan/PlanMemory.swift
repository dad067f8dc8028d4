import FeedModel

/// What a watch keeps of its documents' plans from one rebuild to the next: each plan's text
/// (`FeedPlan.fingerprint`) as hashed, and each provider feed's `<source>` key. Both follow
/// from a plan's header and formats alone, and building them (every URL of every feed) was
/// half of planning a rebuild in which ten files changed, though such a rebuild changes few
/// headers (the feeds that gain an entry are `updated`).
///
/// A value is recalled only for a plan whose header and formats equal those it was made from,
/// so it is what a cold build makes; everything is dropped when the settings change, and what
/// a rebuild did not use is dropped after it. Without a watch, a fresh memory makes every value.
final class PlanMemory {
    /// A value and what it was made from; by the plan's directory.
    private struct Kept<Value> {
        var header: FeedHeader
        var formats: Set<FeedFormat>?
        var value: Value
    }

    private var settings: UInt64 = 0
    private var texts: [String: Kept<FNV1a>] = [:]
    private var sources: [String: Kept<UInt64>] = [:]

    /// Before planning with settings `fingerprint`: what was kept under others is forgotten.
    func begin(settings fingerprint: UInt64) {
        guard fingerprint != settings else { return }
        settings = fingerprint
        (texts, sources) = ([:], [:])
    }

    /// The hash of each plan's text, in order: what `BuildPlan.fingerprint` starts from.
    func texts(of plans: [FeedPlan]) -> [FNV1a] {
        Self.recall(plans, from: &texts) { plan in
            var hash = FNV1a()
            hash.add(plan.fingerprint)
            return hash
        }
    }

    /// The `<source>` key of each provider feed in `plans`, in order (`EntryFingerprints`).
    func sourceKeys(of plans: [FeedPlan]) -> [UInt64] {
        Self.recall(plans, from: &sources) { plan in
            var hash = WordHash()
            hash.add(EntryMapping.source(of: plan.header).fingerprint)
            return hash.value
        }
    }

    /// How many values are kept, for tests.
    var count: Int { texts.count + sources.count }

    /// Each plan's value recalled from `table` when made from an equal header and formats, else
    /// made (on all cores); the table is left holding what this call used.
    private static func recall<Value>(_ plans: [FeedPlan], from table: inout [String: Kept<Value>],
                                      making make: (FeedPlan) -> Value) -> [Value] {
        var values: [Value?] = plans.map { plan in
            guard let kept = table[plan.header.directory], kept.header == plan.header, kept.formats == plan.formats else { return nil }
            return kept.value
        }
        let missing = values.indices.filter { values[$0] == nil }
        for (position, value) in zip(missing, Parallel.map(missing) { make(plans[$0]) }) { values[position] = value }
        var used: [String: Kept<Value>] = [:]
        used.reserveCapacity(plans.count)
        for (plan, value) in zip(plans, values) {
            used[plan.header.directory] = Kept(header: plan.header, formats: plan.formats, value: value!)
        }
        table = used
        return values.map { $0! }
    }
}
