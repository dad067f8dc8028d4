import FeedModel

/// What a build does beyond the defaults: the editorial settings of `feedpub.yml` (rules,
/// overrides, which feeds and formats, the size limit) and what the operator watches
/// (progress line). Kept apart from `BuildPipeline`'s own fields so the pipeline reads the same.
struct BuildOptions {
    var configuration = FeedpubConfiguration()
    /// The terminal's progress line, when one is shown.
    var progress: ProgressLine?

    var rules: InclusionRules { configuration.rules }
    var byteLimit: Int? { configuration.bytesPerFeed }

    /// The formats written, in the usual order.
    var formats: [OutputFormat] {
        OutputFormat.allCases.filter { configuration.formats?.contains($0.rawValue) ?? true }
    }
}
