import FeedJSON
import FeedModel
import Foundation
import Testing

/// A feed written as JSON Feed: its bytes, the same as text, and the document parsed back by
/// Foundation's `JSONSerialization` (rendering fails the test if it does not parse).
struct Rendered {
    let bytes: [UInt8]
    let text: String
    let json: ParsedJSON

    init(_ feed: Feed, siteTitle: String = Sample.siteTitle) throws {
        bytes = try JSONFeedWriter(siteTitle: siteTitle).render(feed)
        text = String(decoding: bytes, as: UTF8.self)
        json = try ParsedJSON(bytes)
    }

    /// The feed's keys, in writing order, read from the text (`JSONSerialization` forgets it).
    var feedKeys: [String] { keys(depth: 1, in: text[...]) }

    /// Every item's keys, in writing order, one after the other.
    var itemKeys: [String] {
        guard let items = text.range(of: "\n  \"items\": [") else { return [] }
        return keys(depth: 3, in: text[items.upperBound...])
    }

    private func keys(depth: Int, in text: Substring) -> [String] {
        let prefix = String(repeating: "  ", count: depth) + "\""
        return text.split(separator: "\n").compactMap { line in
            guard line.hasPrefix(prefix), let end = line.range(of: "\": ") else { return nil }
            return String(line[line.index(line.startIndex, offsetBy: prefix.count)..<end.lowerBound])
        }
    }
}

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
