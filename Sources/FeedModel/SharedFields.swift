/// A value type's fields kept in one box that its copies share until one of them changes
/// them (copy on write, as `Array` does): copying the value then retains one reference where
/// it retained each of its strings and arrays. The box is changed only when no other copy
/// holds it, so sharing it between threads is as safe as sharing the fields themselves.
struct SharedFields<Fields: Sendable & Equatable>: @unchecked Sendable, Equatable {
    private var box: Box

    init(_ fields: Fields) { box = Box(fields) }

    /// The fields; changing them first gives this copy a box of its own if another shares it.
    var fields: Fields {
        get { box.fields }
        _modify {
            if !isKnownUniquelyReferenced(&box) { box = Box(box.fields) }
            yield &box.fields
        }
    }

    static func == (a: SharedFields, b: SharedFields) -> Bool { a.box === b.box || a.box.fields == b.box.fields }

    private final class Box {
        // Reached only through `fields` above, which changes a box no other copy holds: no
        // two accesses can overlap, so the run-time check each one paid is left out.
        @exclusivity(unchecked) var fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }
}
