import FeedModel

extension BuildPlan {
    /// What a feed's bytes depend on: the plan (its `text` hashed, `PlanMemory`), and its
    /// entries' keys (`EntryFingerprints`: their URL, language, provider feed and file versions)
    /// in the feed's order, folded into one word.
    static func fingerprint(of plan: FeedPlan, text: FNV1a, entries: EntryFingerprints) -> FNV1a {
        var hash = text
        var folded = WordHash()
        for index in plan.entryIndices { folded.add(entries.key(of: index) ?? 0) }
        hash.add(Int64(bitPattern: folded.value))
        return hash
    }

    /// What of the configuration every feed's bytes depend on beyond its plan: the size limit,
    /// the lead image rule and the cleaning switches. The same text for every feed: made once.
    static func settingsText(_ settings: BuildSettings) -> String {
        var text = ""
        if let byteLimit = settings.byteLimit { text += "bytes_per_feed \(byteLimit)\u{1F}" }
        text += "images \(settings.site.leadImage.minimumSide) \(settings.site.leadImage.inHTML)\u{1F}"
        let cleaning = settings.site.cleaning
        return text + "clean \(cleaning.providerSuffix) \(cleaning.jsonSummaries) \(cleaning.repeatedTitles)"
    }

    /// `settingsText`, and the entries' topics once topics are excluded (they then no longer
    /// follow from the files).
    static func addSettings(_ text: String, _ settings: BuildSettings, of plan: FeedPlan, catalog: FeedCatalog, to hash: inout FNV1a) {
        hash.add(text)
        guard !settings.rules.excludedTopics.isEmpty else { return }
        hash.add("exclude.topics")
        for index in plan.entryIndices {
            for topic in catalog.articles[index].topics { hash.add(topic) }
            hash.add("\u{1F}")
        }
    }
}
