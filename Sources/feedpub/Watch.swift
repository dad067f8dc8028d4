import ArgumentParser
import FeedBuild

/// `feedpub watch`: build, then rebuild whenever the input folder or feedpub.yml changes.
struct Watch: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build, then follow the input folder and feedpub.yml and rebuild what changes.",
        usage: """
        feedpub watch [--input <dir>] [--output <dir>] [--config <path>] [--debounce <time>] [--poll <seconds>]
                      [the options of feedpub build but --dry-run]
        """,
        discussion: """
        Runs one incremental build, then follows the input folder (recursively, new folders \
        included) and the configuration file with inotify, and rebuilds once changes have \
        settled, publishing and announcing to the hub only what changed; one line per rebuild. \
        A broken feedpub.yml is reported and the previous one kept. SIGINT or SIGTERM: the \
        rebuild in progress is finished, then exit 0. The output folder is locked only while \
        building. Exit status: 0 stopped by a signal; 64 usage or configuration error at the \
        start; 66 input folder missing, or gone while watching; else the first build's status \
        (70, 73, 74, 75). See docs/watch.md.
        """
    )

    @OptionGroup var build: Build

    @Option(name: .long, help: ArgumentHelp("Quiet time before a rebuild: milliseconds (200, 200ms) or seconds (0.5s); while changes keep coming, a change waits at most twice that.", valueName: "time"))
    var debounce = "200ms"

    @Option(name: .long, help: ArgumentHelp("When folders cannot be watched (the kernel's inotify limits), look for changes every this many seconds instead (1-3600).", valueName: "seconds"))
    var poll = 10

    func validate() throws {
        guard Debounce(parsing: debounce) != nil else {
            throw ValidationError("--debounce must be milliseconds (200, 200ms) or seconds (0.5s), at most 60 s: '\(debounce)'")
        }
        guard (1...3600).contains(poll) else { throw ValidationError("--poll must be between 1 and 3600 seconds") }
        if build.dryRun { throw ValidationError("--dry-run cannot be used with watch: a watch publishes") }
    }

    func run() throws {
        let siteOptions = try build.siteSettings()
        let settings = WatchSettings(input: FolderPath(build.input), output: FolderPath(build.output),
                                     configurationFile: build.config ?? ConfigurationFile.defaultName,
                                     debounce: Debounce(parsing: debounce) ?? .standard, pollSeconds: poll, quiet: build.quiet)
        try FailureExit.run { () throws(BuildFailure) -> ExitStatus in
            let watcher = FeedWatcher(settings, loading: { () throws(BuildFailure) in try build.settings(siteOptions, progress: nil) },
                                      afterEachBuild: writeReport)
            try watcher.run()
            return .ok
        }
    }

    /// `--report`, rewritten after every build; a report that cannot be written is an error line, not the end of the watch.
    private func writeReport(_ summary: BuildSummary) {
        guard let report = build.report else { return }
        do {
            try BuildReport(input: build.input, output: build.output, dryRun: false).write(summary, exitStatus: summary.status, to: report)
        } catch {
            Console.error(error.message)
        }
    }
}
