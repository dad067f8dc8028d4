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

    /// The `touched` paths looked at again (their versions now, nil for gone), against what
    /// `known` held; `known` is brought up to date.
    static func classify(_ now: [String: FileVersion?], against known: inout [String: FileVersion]) -> InputChanges {
        var changes = InputChanges()
        for (path, version) in now {
            switch (known[path], version) {
            case (nil, nil): continue
            case (nil, _?): changes.added += 1
            case (_?, nil): changes.removed += 1
            case let (old?, new?): if old != new { changes.changed += 1 }
            }
            known[path] = version
        }
        return changes
    }

    /// Two complete looks compared.
    static func between(_ old: [String: FileVersion], _ new: [String: FileVersion]) -> InputChanges {
        var changes = InputChanges()
        for (path, version) in new {
            if let before = old[path] {
                if before != version { changes.changed += 1 }
            } else {
                changes.added += 1
            }
        }
        changes.removed = old.keys.filter { new[$0] == nil }.count
        return changes
    }

    /// `3 files added, 1 changed, 0 removed`.
    var text: String {
        "\(added) file\(added == 1 ? "" : "s") added, \(changed) changed, \(removed) removed"
    }
}
