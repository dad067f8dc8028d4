/// A JSON value as feedpub writes it: only what JSON Feed needs (no numbers, no booleans), with
/// object members kept in the order they are given, so the bytes never depend on hashing.
enum JSONValue {
    case string(String)
    case array([JSONValue])
    case object(JSONObject)
    /// A value already printed at the depth where it is placed (an item rendered once for
    /// every feed that shows it).
    case printed([UInt8])
}

/// A JSON object's members in writing order.
struct JSONObject {
    private(set) var members: [(key: String, value: JSONValue)] = []

    /// Members with a nil value are left out, so an absent field is simply not written.
    init(_ members: KeyValuePairs<String, JSONValue?>) {
        for case let (key, value?) in members { self.members.append((key, value)) }
    }
}
