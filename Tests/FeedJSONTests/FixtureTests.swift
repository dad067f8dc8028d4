import Foundation
import Testing

/// The schema and the documents `validate-json-feeds` is proven on. Validation itself needs
/// Python's `jsonschema` and runs in CI; here each file is checked to be JSON, so a fixture
/// meant to break one rule of JSON Feed never fails for a typo instead.
@Suite struct FixtureTests {
    static let invalid = (try? Bundled.names(in: "Fixtures/invalid-feeds")) ?? []

    @Test func schemaIsJSONForDraft2020_12() throws {
        let bytes = try #require(try Bundled.bytes("jsonfeed-1.1.schema.json", in: "Fixtures"))
        let schema = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        #expect(schema["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
    }

    @Test func everyInvalidFixtureHasAFeedFile() {
        #expect(Self.invalid.count == 20)
    }

    /// Each states its one fault in `_fixture.fault`, itself a valid JSON Feed extension.
    @Test(arguments: invalid)
    func invalidFixtureIsJSONStatingItsFault(name: String) throws {
        let bytes = try #require(try Bundled.bytes("invalid-feeds/\(name)/feed.json", in: "Fixtures"))
        let json = try ParsedJSON(bytes)
        let fixture = json.feed["_fixture"] as? [String: Any]
        #expect((fixture?["fault"] as? String)?.isEmpty == false)
    }

    @Test func validFixtureIsJSON() throws {
        let bytes = try #require(try Bundled.bytes("valid-feeds/base/feed.json", in: "Fixtures"))
        #expect(try ParsedJSON(bytes).items.count == 1)
    }
}
