/// A manifest parsed once and the version of the file it was read from or written to: a
/// watch's rebuild reuses it instead of reading 100,000 paths again, as long as the file is
/// still at that version (a cron run that rewrote it meanwhile has it read again).
struct KnownManifest {
    var manifest: Manifest
    var version: FileVersion

    /// The manifest of `folder`: `known`'s while its file is still at `known`'s version, else read.
    static func current(in folder: OutputFolder, known: KnownManifest?) -> Manifest {
        if let known, FileVersion.of(path(in: folder)) == known.version { return known.manifest }
        return Manifest(readingFrom: folder)
    }

    /// `manifest` as `folder`'s file holds it now; nil when there is no such file.
    init?(_ manifest: Manifest, in folder: OutputFolder) {
        guard let version = FileVersion.of(Self.path(in: folder)) else { return nil }
        self.manifest = manifest
        self.version = version
    }

    private static func path(in folder: OutputFolder) -> String { folder.root.appending(Manifest.fileName) }
}
