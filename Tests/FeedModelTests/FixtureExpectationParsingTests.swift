import Testing

/// How a `# Expect:` line is read, so that a fixture's expectation is never lost to a typo.
@Suite struct FixtureExpectationParsingTests {
    private func read(_ text: String) throws -> [FixtureExpectation] {
        try FixtureExpectation.all(in: Array(text.utf8))
    }

    @Test func rejectionReasonIsReadWhole() throws {
        #expect(try read("---\n# Expect: rejected with \"missing 'title'\".\n") == [.rejected("missing 'title'")])
    }

    @Test func clausesOnOneLineAreSplitAtSemicolons() throws {
        #expect(try read("# Expect: rejected with a reason containing \"line 4\"; rejected with a reason starting \"invalid\".")
                == [.rejectedContaining("line 4"), .rejectedStarting("invalid")])
    }

    @Test func semicolonInsideAQuotedValueDoesNotSplit() throws {
        #expect(try read(#"# Expect: warnings ["a; b", "c \"; d\""]."#) == [.warnings(["a; b", #"c "; d""#])])
    }

    @Test func valuesAreJSONWithItsEscapes() throws {
        #expect(try read(##"# Expect: body "# H\n\nText"; title "Caf\u00e9"; url "https://x.example/"."##)
                == [.body("# H\n\nText"), .title("Café"), .url("https://x.example/")])
    }

    @Test func listsAndNoWarnings() throws {
        #expect(try read(#"# Expect: topics ["AI", "Cloud"]; no warnings."#) == [.topics(["AI", "Cloud"]), .warnings([])])
    }

    @Test func everyExpectLineCountsAndOtherLinesDoNot() throws {
        let text = "---\r\n# Tests: two lines.\r\n# Expect: title \"A\".\r\ntitle: A\r\n# Expect: topics [].\r\n---\r\n"
        #expect(try read(text) == [.title("A"), .topics([])])
    }

    @Test func unknownClauseIsAnError() {
        #expect(throws: FixtureExpectation.Unreadable.self) { try read("# Expect: decodes fine.") }
    }

    @Test func valueOfTheWrongKindIsAnError() {
        #expect(throws: FixtureExpectation.Unreadable.self) { try read(#"# Expect: topics "AI"."#) }
        #expect(throws: FixtureExpectation.Unreadable.self) { try read(#"# Expect: title missing quotes."#) }
    }

    @Test func lineWithoutPeriodIsAnError() {
        #expect(throws: FixtureExpectation.Unreadable.self) { try read(#"# Expect: title "A""#) }
    }
}
