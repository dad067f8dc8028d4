import FeedJSON
import FeedModel
import TestSupport

/// A feed written as JSON Feed and parsed back by Foundation's `JSONSerialization` (rendering
/// fails the test if it does not parse).
extension Rendered where Document == ParsedJSON {
    init(_ feed: Feed, siteTitle: String = Sample.siteTitle) throws {
        try self.init(bytes: try JSONFeedWriter(siteTitle: siteTitle).render(feed), parse: ParsedJSON.init)
    }

    var json: ParsedJSON { document }

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
