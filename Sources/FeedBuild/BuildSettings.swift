public import FeedModel

/// Everything a build is told: the folders, the site, `feedpub.yml`'s editorial settings
/// (rules, overrides, which feeds and formats, the size limit), the cache, the lock, and what
/// the operator watches (progress line, report).
public struct BuildSettings {
    /// The folder of articles, as the user named it.
    public var input: FolderPath
    /// The folder the feeds are published into, as the user named it.
    public var output: FolderPath
    /// The site every feed belongs to (base URL, title, limits).
    public var site: SiteConfiguration
    /// `feedpub.yml`, or the defaults when there is none.
    public var configuration: FeedpubConfiguration
    /// The folder of cache files (`--cache`); nil for the default one.
    public var cacheDirectory: String?
    /// Whether the cache is read and written (`--no-cache` turns it off).
    public var useCache: Bool
    /// Seconds to wait for another run's lock on the output folder.
    public var lockWait: Int
    /// Compare and report only; write nothing.
    public var dryRun: Bool
    /// The terminal's progress line, when one is shown.
    public var progress: ProgressLine?
    /// Whether the run's summary should list every feed file (for `--report`).
    public var collectsReport: Bool
    /// `--quiet`: print only the problems the last run did not find (the cache remembers them).
    public var printsOnlyNewProblems = false

    /// Settings for one run; see each property.
    public init(input: String, output: String, site: SiteConfiguration, configuration: FeedpubConfiguration = FeedpubConfiguration(),
                cacheDirectory: String? = nil, useCache: Bool = true, lockWait: Int = 10, dryRun: Bool = false,
                progress: ProgressLine? = nil, collectsReport: Bool = false) {
        self.input = FolderPath(input)
        self.output = FolderPath(output)
        self.site = site
        self.configuration = configuration
        self.cacheDirectory = cacheDirectory
        self.useCache = useCache
        self.lockWait = lockWait
        self.dryRun = dryRun
        self.progress = progress
        self.collectsReport = collectsReport
    }

    var rules: InclusionRules { configuration.rules }
    var byteLimit: Int? { configuration.bytesPerFeed }

    /// The formats written, in the usual order.
    var formats: [FeedFormat] {
        FeedFormat.allCases.filter { configuration.formats?.contains($0.rawValue) ?? true }
    }
}
