import Foundation
import Testing
import TestSupport

/// The schema and the documents `validate-json-feeds` is proven on. Validation itself needs
/// Python's `jsonschema` and runs in CI; here each file is checked to be JSON, so a fixture
/// meant to break one rule of JSON Feed never fails for a typo instead.
@Suite struct FixtureTests {
    static let invalid = (try? ResourceFolder.fixtures.names(in: "invalid-feeds")) ?? []

    @Test func schemaIsJSONForDraft2020_12() throws {
        let bytes = try #require(try ResourceFolder.fixtures.bytes("jsonfeed-1.1.schema.json"))
        let schema = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        #expect(schema["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
    }

    @Test func everyInvalidFixtureHasAFeedFile() {
        #expect(Self.invalid.count == 20)
    }

    /// Each states its one fault in `_fixture.fault`, itself a valid JSON Feed extension.
    @Test(arguments: invalid)
    func invalidFixtureIsJSONStatingItsFault(name: String) throws {
        let bytes = try #require(try ResourceFolder.fixtures.bytes("invalid-feeds/\(name)/feed.json"))
        let json = try ParsedJSON(bytes)
        let fixture = json.feed["_fixture"] as? [String: Any]
        #expect((fixture?["fault"] as? String)?.isEmpty == false)
    }

    @Test func validFixtureIsJSON() throws {
        let bytes = try #require(try ResourceFolder.fixtures.bytes("valid-feeds/base/feed.json"))
        #expect(try ParsedJSON(bytes).items.count == 1)
    }
}
