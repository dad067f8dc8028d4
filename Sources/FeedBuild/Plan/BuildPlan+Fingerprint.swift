import FeedModel

extension BuildPlan {
    /// What a feed's bytes depend on: the plan, and for each entry its URL, its language, its
    /// provider feed (its `<source>`) and the versions of every file merged into it.
    static func fingerprint(of plan: FeedPlan, catalog: FeedCatalog, files: [InputFolder.File]) -> FNV1a {
        var hash = FNV1a()
        hash.add(plan.fingerprint)
        for index in plan.entryIndices {
            let article = catalog.articles[index]
            hash.add(article.url)
            hash.add(article.winnerPath)
            // The language may come from feedpub.yml's overrides, which no file version follows.
            hash.add(article.language ?? "")
            if let providerFeed = catalog.providerFeed(of: index) { hash.add(EntryMapping.source(of: providerFeed).fingerprint) }
            for index in article.sourceIndices {
                hash.add(files[index].path)
                let version = files[index].version
                hash.add(version.size)
                hash.add(version.modifiedNanoseconds)
                hash.add(version.changedNanoseconds)
                hash.add(Int64(bitPattern: version.inode))
            }
        }
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
