import FeedModel

/// What a build does beyond the defaults: the editorial settings of `feedpub.yml` (rules,
/// overrides, which feeds and formats, the size limit) and what the operator watches
/// (progress line). Kept apart from `BuildPipeline`'s own fields so the pipeline reads the same.
struct BuildOptions {
    var configuration = FeedpubConfiguration()
    /// The terminal's progress line, when one is shown.
    var progress: ProgressLine?
    /// Whether the run's summary should list every feed file (for `--report`).
    var collectsReport = false

    var rules: InclusionRules { configuration.rules }
    var byteLimit: Int? { configuration.bytesPerFeed }

    /// The formats written, in the usual order.
    var formats: [FeedFormat] {
        FeedFormat.allCases.filter { configuration.formats?.contains($0.rawValue) ?? true }
    }

    /// What of the configuration a feed's bytes depend on beyond its plan: the size limit, and
    /// the entries' topics once topics are excluded (they then no longer follow from the files).
    func addSettings(of plan: FeedPlan, catalog: FeedCatalog, to hash: inout FNV1a) {
        if let byteLimit { hash.add("bytes_per_feed \(byteLimit)") }
        guard !rules.excludedTopics.isEmpty else { return }
        hash.add("exclude.topics")
        for index in plan.entryIndices {
            for topic in catalog.articles[index].topics { hash.add(topic) }
            hash.add("\u{1F}")
        }
    }

    /// Entries in each feed file: as rendered now, else as remembered (`bytes_per_feed` may have cut them).
    func entryCounts(_ plans: [FeedPlan], rendered: [String: FeedRendering.Size], previous: ArticleCache) -> [String: Int] {
        var counts: [String: Int] = [:]
        for plan in plans {
            for format in formats {
                let path = FeedRendering.path(of: plan, format)
                counts[path] = rendered[path]?.entries ?? previous.outputs[path]?.entries ?? plan.entryIndices.count
            }
        }
        return counts
    }

    /// Every feed file with its entries and size, for the report.
    func feedFiles(_ plans: [FeedPlan], entryCounts: [String: Int], rendered: [String: FeedRendering.Size],
                   output: String) -> [(path: String, size: FeedRendering.Size)] {
        plans.flatMap { plan in
            formats.map { format in
                let path = FeedRendering.path(of: plan, format)
                let bytes = rendered[path]?.bytes ?? Int(FileVersion.of(output + "/" + path)?.size ?? 0)
                return (path, FeedRendering.Size(entries: entryCounts[path] ?? 0, bytes: bytes))
            }
        }
    }
}
