@testable import FeedXML
import Testing
import TestSupport

/// Pages written in Swift are the bytes libxml2's HTML tree and serializer give for the same calls.
@Suite struct HTMLByteWriterTests {
    /// Elements of every layout libxml2 knows: blocks, inline ones, void ones, names starting with
    /// `p`, raw text, HTML5 ones its table lacks (sectioning or not), and the index page's own.
    static let names = ["div", "p", "pre", "table", "thead", "tbody", "tr", "th", "td", "ul", "li", "h2", "span", "a", "label",
                        "time", "section", "nav", "header", "main", "article", "title", "script", "style", "custom-element"]
    static let voidNames = ["meta", "link", "input", "img", "br"]
    static let attributeNames = ["href", "src", "action", "name", "title", "class", "id", "hidden", "readonly", "checked",
                                 "value", "HREF", "Name", "datetime"]

    /// A tree of calls, made once and given to both writers.
    indirect enum Node {
        case element(String, [(String, String?)], [Node])
        case text(String)
    }

    @Test(arguments: 0..<300)
    func randomTreesAreLibxml2sBytes(seed: Int) throws {
        var generator = SplitMix64(seed: UInt64(seed))
        var text = AwkwardText(generator: SplitMix64(seed: UInt64(seed) &+ 1_000_000))
        let root = Node.element("html", [("lang", "en")], children(depth: 0, &generator, &text))
        let difference = try differenceFromLibxml2(root)
        #expect(difference == nil, "seed \(seed): \(difference ?? "")")
    }

    @Test func emptyDocumentFeaturesAreLibxml2s() throws {
        // An empty root, void elements with and without attributes, empty text, a boolean
        // attribute with a value, and texts merged across calls.
        let root = Node.element("html", [], [
            .element("head", [], [.element("meta", [("charset", "utf-8")], []), .element("link", [], [])]),
            .element("body", [("hidden", "")], [
                .text(""), .element("p", [], []), .text("a"), .text(""), .text("b"),
                .element("input", [("readonly", "x"), ("checked", nil), ("value", "")], []),
                .element("table", [], []), .element("td", [], [.text("")]), .element("script", [], [.text("a<b && c")]),
            ]),
        ])
        let difference = try differenceFromLibxml2(root)
        #expect(difference == nil, "\(difference ?? "")")
    }

    /// `th`, `td` and `tr` share a first byte and a length, so a slot: each keeps its own value,
    /// made once; a table full of names still answers.
    @Test func namesSharingASlotKeepTheirOwnValues() {
        var cache = NameCache<String>()
        var made: [String] = []
        for name in ["th", "td", "tr", "th", "td", "tr", "t"] {
            #expect(cache.value(of: name) { made.append($0); return $0.uppercased() } == name.uppercased())
        }
        #expect(made == ["th", "td", "tr", "t"])
        for index in 0..<300 { #expect(cache.value(of: "n\(index)") { $0 } == "n\(index)") }
    }

    @Test func textOutsideAnElementFails() {
        let swift = HTMLByteWriter()
        swift.text("loose")
        #expect(throws: HTMLByteWriter.Failure.self) { try swift.finish() }
    }

    /// Where the bytes `HTMLByteWriter` writes for `root` first differ from libxml2's, if anywhere.
    private func differenceFromLibxml2(_ root: Node) throws -> String? {
        let libxml2 = HTMLWriter()
        let swift = HTMLByteWriter()
        write(root, to: libxml2)
        write(root, to: swift)
        return firstDifference(try swift.finish(), try libxml2.finish())
    }

    private func children(depth: Int, _ generator: inout SplitMix64, _ text: inout AwkwardText) -> [Node] {
        guard depth < 4 else { return [] }
        return (0..<Int.random(in: 0...4, using: &generator)).map { _ in
            let attributes = (0..<Int.random(in: 0...3, using: &generator)).map { _ in
                (Self.attributeNames.randomElement(using: &generator)!, Bool.random(using: &generator) ? text.next() : nil)
            }
            switch Int.random(in: 0..<10, using: &generator) {
            case 0..<3: return .text(text.next())
            case 3: return .element(Self.voidNames.randomElement(using: &generator)!, attributes, [])
            default:
                return .element(Self.names.randomElement(using: &generator)!, attributes,
                                children(depth: depth + 1, &generator, &text))
            }
        }
    }

    private func write(_ node: Node, to html: some HTMLElementWriter) {
        switch node {
        case .text(let string):
            html.text(string)
        case .element(let name, let attributes, let children):
            html.element(name, pairs(attributes)) {
                for child in children { write(child, to: html) }
            }
        }
    }

    /// `KeyValuePairs` is made only from a literal: one for each count `children` makes.
    private func pairs(_ list: [(String, String?)]) -> KeyValuePairs<String, String?> {
        switch list.count {
        case 0: [:]
        case 1: [list[0].0: list[0].1]
        case 2: [list[0].0: list[0].1, list[1].0: list[1].1]
        default: [list[0].0: list[0].1, list[1].0: list[1].1, list[2].0: list[2].1]
        }
    }
}
