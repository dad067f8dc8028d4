/// How the article files under the input folder changed between two looks: what a rebuild's
/// line says it was for.
struct InputChanges: Equatable {
    var added = 0
    var changed = 0
    var removed = 0

    var isEmpty: Bool { added == 0 && changed == 0 && removed == 0 }

    static func + (a: InputChanges, b: InputChanges) -> InputChanges {
        InputChanges(added: a.added + b.added, changed: a.changed + b.changed, removed: a.removed + b.removed)
    }

    /// Two listings compared, file by file (both in path order): what was added, what changed
    /// its version and what is gone.
    static func between(_ old: InputListing, _ new: InputListing) -> InputChanges {
        var changes = InputChanges()
        var (next, fresh) = (0, 0)
        let (before, after) = (old.files, new.files)
        while next < before.count || fresh < after.count {
            if fresh == after.count || (next < before.count && InputFolder.precedes(before[next].path, after[fresh].path)) {
                changes.removed += 1
                next += 1
            } else if next == before.count || before[next].path != after[fresh].path {
                changes.added += 1
                fresh += 1
            } else {
                if before[next].version != after[fresh].version { changes.changed += 1 }
                next += 1
                fresh += 1
            }
        }
        return changes
    }

    /// `3 files added, 1 changed, 0 removed`.
    var text: String {
        "\(added) file\(added == 1 ? "" : "s") added, \(changed) changed, \(removed) removed"
    }
}
