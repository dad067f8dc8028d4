import Testing
@testable import FeedYAML

/// `YAMLParser`: libyaml events to typed nodes, bounded against hostile documents.
@Suite struct YAMLParserTests {
    private func parse(_ text: String, _ limits: YAMLParser.Limits = .init()) throws(YAMLParser.Failure) -> YAMLNode {
        let parser = YAMLParser(limits: limits)
        return try Array(text.utf8).withUnsafeBytes { raw in
            Result { () throws(YAMLParser.Failure) in try parser.parse(raw) }
        }.get()
    }

    /// What the scalar under `key: value` resolves to, spelled like the enum case: `integer(2021)`.
    private func kind(of value: String) throws -> String {
        let node = try #require(try parse("key: \(value)\n")["key"])
        guard case let .scalar(scalar) = node.content else { return "not a scalar" }
        return String(describing: scalar.kind)
    }

    private func failure(_ text: String, _ limits: YAMLParser.Limits = .init()) -> YAMLParser.Failure? {
        do { _ = try parse(text, limits); return nil } catch { return error }
    }

    @Test func quotedNumberIsText() throws {
        #expect(try kind(of: "\"2021\"") == "text")
    }

    @Test func plainNumberIsInteger() throws {
        #expect(try kind(of: "2021") == "integer(2021)")
    }

    @Test func negativeNumberIsInteger() throws {
        #expect(try kind(of: "-1") == "integer(-1)")
    }

    @Test func decimalIsFloat() throws {
        #expect(try kind(of: "3.5") == "float")
    }

    @Test(arguments: ["true", "True", "yes", "on"])
    func yamlTrueSpellingsAreBoolean(_ value: String) throws {
        #expect(try kind(of: value) == "bool(true)")
    }

    @Test(arguments: ["false", "no", "Off"])
    func yamlFalseSpellingsAreBoolean(_ value: String) throws {
        #expect(try kind(of: value) == "bool(false)")
    }

    @Test(arguments: ["~", "null", ""])
    func nullSpellingsAreNull(_ value: String) throws {
        #expect(try kind(of: value) == "null")
    }

    @Test func quotedTrueIsText() throws {
        #expect(try kind(of: "'true'") == "text")
    }

    @Test func strTagMakesText() throws {
        #expect(try kind(of: "!!str 2021") == "text")
    }

    @Test func isoDateIsTextForTheDateParser() throws {
        #expect(try kind(of: "2021-07-01T12:07:00Z") == "text")
    }

    @Test func mappingKeepsWrittenOrder() throws {
        let node = try parse("b: 1\na: 2\nc: 3\n")
        guard case let .mapping(keys, _) = node.content else { Issue.record("not a mapping"); return }
        #expect(keys == ["b", "a", "c"])
    }

    @Test func nodeLinesAreOneBased() throws {
        #expect(try parse("a: 1\nb: 2\n")["b"]?.line == 2)
    }

    @Test func duplicateKeyIsRejectedWithItsLine() {
        #expect(failure("title: First\ndate: 1\ntitle: Second\n") == .init(message: "duplicate key 'title'", line: 3))
    }

    @Test func tabIndentationNamesTheLine() {
        #expect(failure("topics:\n\t- AI\n") ==
            .init(message: "while scanning for the next token: found character that cannot start any token", line: 2))
    }

    @Test func unclosedQuoteIsAnError() {
        #expect(failure("title: \"Never closed\nlink: x\n") ==
            .init(message: "while scanning a quoted scalar: found unexpected end of stream", line: 1, problemLine: 3))
    }

    @Test func unknownAliasIsAnError() {
        #expect(failure("a: *nowhere\n") == .init(message: "unknown alias *nowhere", line: 1))
    }

    @Test func aliasRepeatsTheAnchoredValue() throws {
        let node = try parse("a: &x [1, 2]\nb: *x\n")
        guard case let .sequence(items)? = node["b"]?.content else { Issue.record("b is not a list"); return }
        #expect(items.count == 2)
    }

    /// "Billion laughs": 9 levels of 9 aliases expand to 9⁹ nodes from a few hundred bytes.
    @Test func aliasBombIsRefusedQuicklyByMaxNodes() {
        var lines = ["l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
        for level in 1...8 {
            lines.append("l\(level): &l\(level) [" + Array(repeating: "*l\(level - 1)", count: 9).joined(separator: ", ") + "]")
        }
        let clock = ContinuousClock()
        var result: YAMLParser.Failure?
        let elapsed = clock.measure { result = failure(lines.joined(separator: "\n") + "\n") }
        #expect(result == .init(message: "more than 100000 YAML nodes (aliases expanded); refusing to read further", line: 6))
        #expect(elapsed < .seconds(1))
    }

    @Test func nestingPastMaxDepthIsRejected() {
        let deep = String(repeating: "[", count: 65) + String(repeating: "]", count: 65)
        #expect(failure(deep) == .init(message: "nesting deeper than 64 levels", line: 1))
    }

    @Test func nestingAtMaxDepthIsAccepted() {
        #expect(failure(String(repeating: "[", count: 64) + String(repeating: "]", count: 64)) == nil)
    }

    @Test func smallerLimitsApply() {
        #expect(failure("a: [1, 2, 3]\n", .init(maxNodes: 3))?.message ==
            "more than 3 YAML nodes (aliases expanded); refusing to read further")
    }

    @Test func tenThousandTopicsAreAccepted() throws {
        let yaml = "topics:\n" + (1...10_000).map { "  - Topic \($0)\n" }.joined()
        guard case let .sequence(items)? = try parse(yaml)["topics"]?.content else { Issue.record("no list"); return }
        #expect(items.count == 10_000)
    }

    @Test func emptyInputIsNull() throws {
        #expect(try parse("").kindDescription == "empty")
    }
}
