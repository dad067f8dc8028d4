import Testing

/// The checks every other test leans on must be able to fail.
@Suite struct ParsedXMLTests {
    @Test func rejectsABareAmpersandSayingWhere() {
        let error = #expect(throws: ParsedXML.NotWellFormed.self) { try ParsedXML(Array("<a>\nAT&T</a>".utf8)) }
        #expect(error?.description.hasPrefix("not well-formed XML, line 2: ") == true)
    }

    @Test func rejectsAnIllegalControlCharacter() {
        #expect(throws: ParsedXML.NotWellFormed.self) { try ParsedXML(Array("<a>\u{1}</a>".utf8)) }
    }

    @Test func rejectsAnUndeclaredPrefix() {
        #expect(throws: ParsedXML.NotWellFormed.self) { try ParsedXML(Array("<rss><atom:link/></rss>".utf8)) }
    }

    @Test func findsNodesByNamespaceNotPrefix() throws {
        let xml = try ParsedXML(Array(#"<f xmlns="http://www.w3.org/2005/Atom"><title>T</title></f>"#.utf8))
        #expect(xml.string("/atom:f/atom:title") == "T")
        #expect(xml.count("/f/title") == 0)
    }

    @Test func atomSchemaAcceptsAMinimalFeed() throws {
        let xml = try ParsedXML(Array("""
            <feed xmlns="http://www.w3.org/2005/Atom"><id>urn:x</id><title>T</title>\
            <updated>2021-07-01T12:07:00Z</updated></feed>
            """.utf8))
        #expect(try xml.atomSchemaViolations() == [])
    }

    @Test func atomSchemaRejectsAFeedWithoutID() throws {
        let xml = try ParsedXML(Array("""
            <feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><updated>2021-07-01T12:07:00Z</updated></feed>
            """.utf8))
        #expect(try !xml.atomSchemaViolations().isEmpty)
    }

    @Test func atomSchemaRejectsADateWithoutZone() throws {
        let xml = try ParsedXML(Array("""
            <feed xmlns="http://www.w3.org/2005/Atom"><id>urn:x</id><title>T</title><updated>Thu, 01 Jul 2021</updated></feed>
            """.utf8))
        #expect(try !xml.atomSchemaViolations().isEmpty)
    }
}
