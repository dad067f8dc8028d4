import ArgumentParser
#if canImport(Glibc)
import Glibc
#endif

/// `feedpub`: a folder of articles in, RSS 2.0 and Atom 1.0 feeds out.
@main
struct Feedpub: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "feedpub",
        abstract: "Publish RSS 2.0 and Atom 1.0 feeds per topic, per provider and of all articles.",
        discussion: """
        Reads every .md, .markdown and .txt article (Markdown with YAML front matter) under the \
        input folder and writes feeds into the output folder. Settings, inclusion rules and \
        per-feed titles can come from feedpub.yml in the current folder (see README and \
        feedpub.example.yml); 'feedpub check' reports problems without writing. Exit status: 0 all inputs \
        published; 65 feeds written but some input files rejected (check: problems found); 64 \
        usage or configuration error; 66 input folder missing; 70 internal error; 73 output folder cannot be created; 74 output \
        cannot be written; 75 another run holds the output folder (try again later).
        """,
        version: "feedpub 0.1.0",
        subcommands: [Build.self, Check.self, Watch.self],
        defaultSubcommand: Build.self
    )

    static func main() {
        // Past a file-size limit (ulimit -f) the kernel would kill us with SIGXFSZ mid-write;
        // ignored, the write fails with EFBIG instead, and the run ends cleanly with exit 74.
        signal(SIGXFSZ, SIG_IGN)
        // A closed stdout (`feedpub | head`) must not kill the run before the hub and the report.
        signal(SIGPIPE, SIG_IGN)
        main(nil)
    }
}
