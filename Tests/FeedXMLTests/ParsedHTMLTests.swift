import Testing

/// The HTML check the index tests lean on must be able to fail.
@Suite struct ParsedHTMLTests {
    static func page(_ body: String) -> [UInt8] {
        Array("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>t</title></head><body>\(body)</body></html>".utf8)
    }

    @Test func acceptsHTML5Elements() throws {
        let html = try ParsedHTML(Self.page(#"<main><section><p><time datetime="2021-07-01">1 July</time></p></section></main>"#))
        #expect(html.xml.string("//time/@datetime") == "2021-07-01")
    }

    @Test func rejectsAnEndTagForAVoidElement() {
        #expect(throws: ParsedHTML.Invalid.self) { try ParsedHTML(Self.page("<p>a<br></br></p>")) }
    }

    @Test func rejectsAnUnknownElement() {
        #expect(throws: ParsedHTML.Invalid.self) { try ParsedHTML(Self.page("<blink>a</blink>")) }
    }

    @Test func rejectsAMisnestedEndTag() {
        #expect(throws: ParsedHTML.Invalid.self) { try ParsedHTML(Self.page("<p><b>a</p></b>")) }
    }
}
