import Foundation

/// A JSON document parsed back the way a reader parses it.
struct ParsedJSON {
    struct NotJSON: Error, CustomStringConvertible {
        var description: String
    }

    /// The top-level object.
    let feed: [String: Any]

    /// Throws (failing the calling test) unless `bytes` are a JSON object.
    init(_ bytes: [UInt8]) throws {
        let value: Any
        do {
            value = try JSONSerialization.jsonObject(with: Data(bytes))
        } catch {
            throw NotJSON(description: "not JSON: \(error)")
        }
        guard let object = value as? [String: Any] else { throw NotJSON(description: "the top level is not an object") }
        feed = object
    }

    var items: [[String: Any]] { feed["items"] as? [[String: Any]] ?? [] }

    /// The first item, or an empty object.
    var item: [String: Any] { items.first ?? [:] }
}
