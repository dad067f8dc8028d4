/// Where a run looks for the temporary files a killed run left (`.<name>.<pid>.tmp`): every
/// folder holding a file it produces or removes, for those files' names (and the manifest's).
///
/// A manifest a watch's rebuild wrote carries its places along, so that the next rebuild adds
/// only the paths that are new instead of splitting 100,000 paths again. Places of paths since
/// removed stay in: looking in one folder more, or for one name more, removes only feedpub's own
/// temporaries, under the output folder's lock.
struct LeftoverPlaces: Equatable {
    /// Folders relative to the output folder ("" for itself).
    var folders: Set<String> = []
    var names: Set<String> = [Manifest.fileName]

    /// The places of `paths`.
    init(_ paths: some Sequence<String>) { add(paths) }

    /// Adds the places of `paths`.
    mutating func add(_ paths: some Sequence<String>) {
        for path in paths {
            let slash = path.lastIndex(of: "/")
            names.insert(String(slash.map { path[path.index(after: $0)...] } ?? path[...]))
            folders.insert(slash.map { String(path[..<$0]) } ?? "")
        }
    }
}
