extension Publisher {
    /// Makes `rendered` the published files beside the `kept` ones; each file feedpub did not
    /// write is reported and left in place (the run goes on, and ends with 73).
    func publish(_ rendered: RenderedFiles, keeping kept: Set<String>) throws(BuildFailure) -> PublishedChanges {
        let changes: PublishedChanges
        do {
            changes = try finish(rendered.staged, keeping: kept)
        } catch {
            throw BuildFailure(error)
        }
        for path in changes.refused {
            if case let .other(what) = folder.existing(path) {
                Console.error("\(folder.root.appending(path)): exists and is \(what), not a file written by feedpub; "
                    + "not replaced: move it away to publish this file")
            } else {
                Console.error("\(folder.root.appending(path)): exists and was not written by feedpub (not in \(Manifest.fileName)); "
                    + "not replaced: move it away to publish this file")
            }
        }
        return changes
    }
}
