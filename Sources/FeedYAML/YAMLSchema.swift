/// Which parts of a YAML document to build (see `YAMLParser.schema`).
public struct YAMLSchema: Sendable {
    // A struct, not an indirect enum: Swift keeps an enum case's box pointer with the case tag
    // in the pointer's spare bits, where LeakSanitizer cannot see it, so every ASan build (the
    // fuzzer's included) reported the decoder's static schema as leaked at exit.

    /// For a mapping, only these keys' values, each by its own schema; nil: every key.
    private var keys: [(key: String, schema: YAMLSchema)]?
    /// For a list, its items' schema (one element); empty: every item.
    private var items: [YAMLSchema] = []
    /// For a mapping, where each of `keys` is: going through `keys` in order copied each entry
    /// and its schema's arrays.
    private var positions: KeyPositions?

    private init(keys: [(key: String, schema: YAMLSchema)]?, items: [YAMLSchema] = []) {
        self.keys = keys
        self.items = items
        positions = keys.map { KeyPositions($0.map(\.key)) }
    }

    /// Everything.
    public static var any: YAMLSchema { YAMLSchema(keys: nil) }
    /// For a mapping, only these keys' values, each by its own schema.
    public static func mapping(_ keys: [(key: String, schema: YAMLSchema)]) -> YAMLSchema { YAMLSchema(keys: keys) }
    /// For a list, every item by this schema.
    public static func list(_ item: YAMLSchema) -> YAMLSchema { YAMLSchema(keys: nil, items: [item]) }

    /// The schema of the value under `key`, or nil when it is skipped.
    func child(forKey key: String) -> YAMLSchema? {
        guard let keys, let positions else { return .any }
        return positions.position(of: key).map { keys[$0].schema }
    }

    /// `==` for keys, lengths first: comparing two different strings of the same kind went
    /// through the standard library's slow path, and most keys differ in length.
    static func same(_ one: String, _ other: String) -> Bool {
        one.utf8.count == other.utf8.count && one == other
    }

    /// The schema of a list's items.
    var item: YAMLSchema { items.first ?? .any }

    /// Whether a mapping this schema lists for a value below the top level names `key`: a
    /// guess at whether an indented `key:` is read, for `YAMLElision` (which confirms it).
    /// Values built whole (`.any`) are taken to be scalars, as front matter has them.
    func namesBelowTop(_ key: String) -> Bool {
        keys?.contains { $0.schema.names(key) } ?? false
    }

    private func names(_ key: String) -> Bool {
        if let item = items.first { return item.names(key) }
        return keys?.contains { $0.key == key || $0.schema.names(key) } ?? false
    }
}
