import FeedModel

/// One feed file as the report lists it: its path, entries and size.
struct FeedFile {
    var path: String
    var size: FeedRendering.Size

    /// Every file of `documents` in its `formats`: sizes as rendered now, else as found in `output`.
    static func all(_ documents: [FeedPlan], formats: (FeedPlan) -> [FeedFormat], rendered: RenderedFiles, output: FolderPath) -> [FeedFile] {
        documents.flatMap { plan in
            formats(plan).map { format in
                let path = FeedRendering.path(of: plan, format)
                let bytes = rendered.sizes[path]?.bytes ?? Int(FileVersion.of(output.appending(path))?.size ?? 0)
                return FeedFile(path: path, size: FeedRendering.Size(entries: rendered.entryCounts[path] ?? 0, bytes: bytes))
            }
        }
    }
}
