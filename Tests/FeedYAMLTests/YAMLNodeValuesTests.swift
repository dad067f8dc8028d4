import Testing
@testable import FeedYAML

/// The typed reads of `YAMLNode+Values.swift`: each answers for its own kind, nil for others.
@Suite struct YAMLNodeValuesTests {
    private func parse(_ yaml: String) throws -> YAMLNode {
        try Array(yaml.utf8).withUnsafeBytes { raw in
            try Result { () throws(YAMLParser.Failure) in try YAMLParser().parse(raw) }.get()
        }
    }

    private func value(_ yaml: String) throws -> YAMLNode {
        try #require(try parse("key: \(yaml)\n")["key"])
    }

    @Test func scalarsByKind() throws {
        #expect(try value("42").integer == 42)
        #expect(try value("42").text == "42")
        #expect(try value("'42'").integer == nil)
        #expect(try value("yes").boolean == true)
        #expect(try value("false").text == "false")
        #expect(try value("word").boolean == nil)
        #expect(try value("word").scalar?.text == "word")
        #expect(try value("word").items == nil && value("word").entries == nil)
    }

    @Test func emptyValues() throws {
        for empty in ["", "~", "null"] {
            let node = try value(empty)
            #expect(node.isNull && node.text == nil && node.scalar != nil, "\(empty)")
        }
        #expect(try !value("''").isNull)
        #expect(try value("''").text == "")
    }

    @Test func collections() throws {
        let list = try value("[a, 2]")
        #expect(list.items?.map(\.text) == ["a", "2"])
        #expect(list.scalar == nil && list.text == nil && !list.isNull && list.entries == nil)
        let mapping = try parse("b: 1\na: 2\n")
        #expect(mapping.entries?.keys == ["b", "a"])
        #expect(mapping.entries?.values.map(\.integer) == [1, 2])
        #expect(mapping.items == nil)
    }

    /// Lines and kinds are what messages are worded from.
    @Test func linesAndKindsForMessages() throws {
        let root = try parse("a: 1\nb:\n  - x\n")
        #expect(root["b"]?.line == 3)
        #expect(root["b"]?.kindDescription == "a list")
        #expect(root["a"]?.kindDescription == "a number")
    }
}
