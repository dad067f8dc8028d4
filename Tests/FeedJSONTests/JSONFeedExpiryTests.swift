import FeedJSON
import Testing

/// JSON Feed 1.1's `"expired": true`, added to a document the writer printed.
@Suite("JSON Feed expiry")
struct JSONFeedExpiryTests {
    static let document = "{\n  \"version\": \"https://jsonfeed.org/version/1.1\",\n  \"title\": \"a\",\n  \"items\": [\n    {\n      \"id\": \"x\"\n    }\n  ]\n}\n"

    @Test("marks the feed expired once, before its items; a second marking changes nothing")
    func marksOnce() throws {
        let marked = try #require(JSONFeedExpiry.markingExpired(Array(Self.document.utf8)))
        #expect(String(decoding: marked, as: UTF8.self)
            == "{\n  \"version\": \"https://jsonfeed.org/version/1.1\",\n  \"title\": \"a\",\n  \"expired\": true,\n  \"items\": [\n    {\n      \"id\": \"x\"\n    }\n  ]\n}\n")
        #expect(JSONFeedExpiry.markingExpired(marked) == marked)
    }

    @Test("bytes the writer did not print are left alone")
    func foreignBytes() {
        #expect(JSONFeedExpiry.markingExpired(Array("{\"items\": []}".utf8)) == nil)
        #expect(JSONFeedExpiry.markingExpired([]) == nil)
    }
}
