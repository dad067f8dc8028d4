import Testing
@testable import FeedYAML

/// `YAMLElision`: long skipped values emptied before libyaml reads them, never changing a result.
@Suite struct YAMLElisionTests {
    private static let blob = String(repeating: "b/uKclortKaPi8ec+LHlTu6H6fHWyo8=", count: 4)
    private static let schema = YAMLSchema.mapping([("title", .any), ("keep", .any)])

    private func parse(_ text: String) throws(YAMLParser.Failure) -> YAMLNode {
        try Array(text.utf8).withUnsafeBytes { raw in
            Result { () throws(YAMLParser.Failure) in try YAMLParser(schema: Self.schema).parse(raw) }
        }.get()
    }

    private func failure(_ text: String) -> YAMLParser.Failure? {
        do { _ = try parse(text); return nil } catch { return error }
    }

    private func elided(_ text: String) -> [Int]? {
        Array(text.utf8).withUnsafeBytes { YAMLElision($0, schema: Self.schema)?.lines }
    }

    private func text(_ node: YAMLNode?) -> String? {
        guard case let .scalar(scalar)? = node?.content else { return nil }
        return scalar.text
    }

    @Test func skippedTopLevelValueIsEmptied() throws {
        let yaml = "title: A\nsecured: \"\(Self.blob)\"\r\nkeep: B\n"
        #expect(elided(yaml) == [1])
        let root = try parse(yaml)
        #expect(text(root["title"]) == "A" && text(root["keep"]) == "B")
    }

    @Test func readKeysAndShortOrEscapedValuesAreLeftAlone() {
        #expect(elided("title: \"\(Self.blob)\"\nsecured: \"short\"\nother: \"\(Self.blob)\\n\"\n") == nil)
    }

    /// At column 0 inside a flow mapping the key is not top-level: the value is read, so the
    /// emptied parse is not confirmed and the original is parsed.
    @Test func valueThatIsReadAfterAllIsParsedFromTheOriginal() throws {
        let yaml = "keep: {a: 1,\nsecured: \"\(Self.blob)\"\n}\n"
        #expect(elided(yaml) == [1])
        #expect(text(try parse(yaml)["keep"]?["secured"]) == Self.blob)
    }

    /// A quote left open on an earlier line swallows the key: the original gives the message.
    @Test func errorsAreThoseOfTheOriginal() {
        let yaml = "title: \"open\nsecured: \"\(Self.blob)\"\n"
        let original = Array(yaml.utf8).withUnsafeBytes { raw in
            Result { () throws(YAMLParser.Failure) in try YAMLParser().parse(raw) }
        }
        guard case let .failure(expected) = original else { Issue.record("the original parsed"); return }
        #expect(failure(yaml) == expected)
    }

    @Test func indentedValueIsEmptiedUnlessANestedMappingNamesItsKey() throws {
        let schema = YAMLSchema.mapping([("related", .list(.mapping([("title", .any)])))])
        let yaml = "related:\n  - title: \"\(Self.blob)\"\n    excerpt: \"\(Self.blob)\"\n"
        #expect(Array(yaml.utf8).withUnsafeBytes { YAMLElision($0, schema: schema)?.lines } == [2])
        let root = try Array(yaml.utf8).withUnsafeBytes { raw in
            Result { () throws(YAMLParser.Failure) in try YAMLParser(schema: schema).parse(raw) }
        }.get()
        guard case let .sequence(items)? = root["related"]?.content else { Issue.record("related is not a list"); return }
        #expect(text(items.first?["title"]) == Self.blob)
    }

    /// Under a value built whole, an indented value is read: the original is parsed.
    @Test func indentedValueThatIsReadIsParsedFromTheOriginal() throws {
        let yaml = "keep:\n  other: \"\(Self.blob)\"\n"
        #expect(elided(yaml) == [1])
        #expect(text(try parse(yaml)["keep"]?["other"]) == Self.blob)
    }

    @Test func duplicateSkippedKeyIsRejectedAsWhenShort() {
        let long = "secured: \"\(Self.blob)\"\n"
        #expect(elided(long + long) == [0, 1])
        #expect(failure(long + long) != nil)
        #expect(failure(long + long) == failure("secured: \"x\"\nsecured: \"x\"\n"))
    }

    @Test func loneCarriageReturnDisablesIt() {
        #expect(elided("title: A\rsecured: \"\(Self.blob)\"\n") == nil)
    }
}
