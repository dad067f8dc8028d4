/// What `feedpub watch` follows and how: the folders (as the build has them), the configuration
/// file, the debounce, the polling interval when inotify cannot be used, and whether to print
/// a line per rebuild.
public struct WatchSettings: Sendable {
    /// The input folder, followed recursively.
    public var input: FolderPath
    /// The output folder: never followed, even inside the input folder.
    public var output: FolderPath
    /// `feedpub.yml` (or `--config`): followed even while it does not exist.
    public var configurationFile: String
    /// How long the input must be quiet before a rebuild.
    public var debounce: Debounce
    /// Seconds between looks when folders cannot be watched (the kernel's limits).
    public var pollSeconds: Int
    /// Print only problems: no line per rebuild.
    public var quiet: Bool

    /// Settings for one watch; see each property.
    public init(input: FolderPath, output: FolderPath, configurationFile: String, debounce: Debounce = .standard,
                pollSeconds: Int = 10, quiet: Bool = false) {
        self.input = input
        self.output = output
        self.configurationFile = configurationFile
        self.debounce = debounce
        self.pollSeconds = pollSeconds
        self.quiet = quiet
    }

    /// The folder the configuration file is in, and its name there.
    var configurationPlace: (folder: String, name: String) {
        guard let slash = configurationFile.lastIndex(of: "/") else { return (".", configurationFile) }
        let folder = String(configurationFile[..<slash])
        return (folder.isEmpty ? "/" : folder, String(configurationFile[configurationFile.index(after: slash)...]))
    }
}
