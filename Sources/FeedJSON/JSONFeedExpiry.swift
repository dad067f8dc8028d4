/// JSON Feed 1.1's `"expired": true` on a document this writer printed: the feed will never
/// be updated again (https://www.jsonfeed.org/version/1.1/, top-level `expired`).
public enum JSONFeedExpiry {
    /// Where the printed document's top-level `items` key stands: its own line, two spaces in.
    /// Nested keys are indented deeper, and a string never holds a raw line break.
    private static let itemsKey = Array("\n  \"items\": ".utf8)
    private static let expired = Array("\n  \"expired\": true,".utf8)

    /// The document marked expired (unchanged when it is already); nil for bytes this writer did not print.
    public static func markingExpired(_ document: [UInt8]) -> [UInt8]? {
        guard let items = firstIndex(of: itemsKey, in: document) else { return nil }
        if firstIndex(of: expired + itemsKey, in: document) != nil { return document }
        return Array(document[..<items]) + expired + Array(document[items...])
    }

    private static func firstIndex(of needle: [UInt8], in bytes: [UInt8]) -> Int? {
        guard needle.count <= bytes.count else { return nil }
        for start in 0...(bytes.count - needle.count) where bytes[start] == needle[0] {
            if bytes[start..<(start + needle.count)].elementsEqual(needle) { return start }
        }
        return nil
    }
}
