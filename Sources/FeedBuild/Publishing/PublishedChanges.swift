/// What a run did (or, dry, would do) in the output folder, path by path.
public struct PublishedChanges {
    /// Files that did not exist before.
    public var created: [String] = []
    /// Files whose bytes changed.
    public var updated: [String] = []
    /// Paths where a file feedpub did not write stands: not replaced.
    public var refused: [String] = []
    /// Files already holding the bytes of this run.
    public var unchanged = 0
    /// Files of feeds no longer produced, removed.
    public var removed: [String] = []

    /// The manifest as the run left it, as reading it back gives it; nil in a dry run.
    var manifest: Manifest?

    /// Files created or updated.
    public var changedCount: Int { created.count + updated.count }
}
