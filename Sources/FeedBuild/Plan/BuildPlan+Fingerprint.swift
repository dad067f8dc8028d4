import FeedModel

extension BuildPlan {
    /// What a feed's bytes depend on: the plan, and for each entry what `EntryFingerprints`
    /// gathered of it (its URL, language, provider feed and file versions).
    static func fingerprint(of plan: FeedPlan, entries: EntryFingerprints) -> FNV1a {
        var hash = FNV1a()
        hash.add(plan.fingerprint)
        for index in plan.entryIndices { hash.add(entries[index]) }
        return hash
    }

    /// What of the configuration a feed's bytes depend on beyond its plan: the size limit, the
    /// lead image rule, the cleaning switches, and
    /// the entries' topics once topics are excluded (they then no longer follow from the files).
    static func addSettings(_ settings: BuildSettings, of plan: FeedPlan, catalog: FeedCatalog, to hash: inout FNV1a) {
        if let byteLimit = settings.byteLimit { hash.add("bytes_per_feed \(byteLimit)") }
        hash.add("images \(settings.site.leadImage.minimumSide) \(settings.site.leadImage.inHTML)")
        let cleaning = settings.site.cleaning
        hash.add("clean \(cleaning.providerSuffix) \(cleaning.jsonSummaries) \(cleaning.repeatedTitles)")
        guard !settings.rules.excludedTopics.isEmpty else { return }
        hash.add("exclude.topics")
        for index in plan.entryIndices {
            for topic in catalog.articles[index].topics { hash.add(topic) }
            hash.add("\u{1F}")
        }
    }
}
