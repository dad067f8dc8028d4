import Testing
@testable import FeedModel

/// `FrontMatter`: the YAML between the `---` fences and the Markdown body after them.
@Suite struct FrontMatterTests {
    private func split(_ text: String) throws(FrontMatter.Problem) -> (yaml: String, body: String) {
        let front = try FrontMatter(splitting: Array(text.utf8)[...])
        return (String(decoding: front.yaml, as: UTF8.self), String(decoding: front.body, as: UTF8.self))
    }

    @Test func yamlIsBetweenTheFences() throws {
        #expect(try split("---\ntitle: T\n---\nBody\n").yaml == "title: T\n")
    }

    @Test func bodyIsEverythingAfterTheClosingFence() throws {
        #expect(try split("---\ntitle: T\n---\n# Heading\n\nText\n").body == "# Heading\n\nText\n")
    }

    @Test func closingFenceAtEndOfFileWithoutNewline() throws {
        let parts = try split("---\ntitle: T\n---")
        #expect(parts.yaml == "title: T\n" && parts.body == "")
    }

    @Test func byteOrderMarkIsSkipped() throws {
        #expect(try split("\u{FEFF}---\ntitle: T\n---\n").yaml == "title: T\n")
    }

    @Test func crlfFencesAreRecognised() throws {
        let parts = try split("---\r\ntitle: T\r\n---\r\nBody\r\n")
        #expect(parts.yaml == "title: T\r\n" && parts.body == "Body\r\n")
    }

    @Test func bomAndCRLFFixtureSplits() throws {
        let front = try FrontMatter(splitting: try Fixture.bytes("bom-crlf.md"))
        #expect(String(decoding: front.body, as: UTF8.self) == "First line.\r\nSecond line.\r\n")
    }

    @Test func trailingSpacesOnFencesAreAllowed() throws {
        let front = try FrontMatter(splitting: try Fixture.bytes("fence-trailing-spaces.md"))
        #expect(String(decoding: front.body, as: UTF8.self) == "Body after spaced fence.\n")
    }

    @Test func fourDashesAreNotAFence() {
        #expect(throws: FrontMatter.Problem.unclosed) { try split("---\ntitle: T\n----\n") }
    }

    @Test func indentedDashesAreNotAFence() {
        #expect(throws: FrontMatter.Problem.unclosed) { try split("---\ntitle: T\n ---\n") }
    }

    @Test func noOpeningFence() throws {
        #expect(throws: FrontMatter.Problem.missingOpening) { try FrontMatter(splitting: try Fixture.bytes("no-opening-fence.md")) }
    }

    @Test func unclosedFrontMatter() throws {
        #expect(throws: FrontMatter.Problem.unclosed) { try FrontMatter(splitting: try Fixture.bytes("unclosed.md")) }
    }

    @Test func emptyFile() throws {
        #expect(throws: FrontMatter.Problem.empty) { try FrontMatter(splitting: try Fixture.bytes("empty.md")) }
    }

    @Test func whiteSpaceOnlyFileIsEmpty() {
        #expect(throws: FrontMatter.Problem.empty) { try split(" \n\r\n\t\n") }
    }

    @Test
    func loneOpeningFenceIsUnclosed() {
        #expect(throws: FrontMatter.Problem.unclosed) { try split("---") }
    }

    @Test func fenceWithOnlyNewlineIsUnclosed() {
        #expect(throws: FrontMatter.Problem.unclosed) { try split("---\n") }
    }

    @Test func decoderNamesTheEmptyFile() throws {
        #expect(try Fixture.rejection("empty.md") == "empty file")
    }
}
