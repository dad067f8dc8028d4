@testable import FeedXML

extension XMLWriter {
    /// What libxml2 writes for each `body(i)`, as consecutive siblings inside the elements
    /// `enclosing`, after a sibling element: the bytes `XMLFragmentWriter` must give at that depth.
    static func fragments(inside enclosing: [String], count: Int, _ body: (Int, XMLWriter) -> Void) throws -> [[UInt8]] {
        let xml = XMLWriter()
        var marks: [Int] = []
        func open(_ depth: Int) {
            guard depth < enclosing.count else {
                xml.element("sibling")
                for index in 0..<count {
                    marks.append(xml.mark())
                    body(index, xml)
                }
                marks.append(xml.mark())
                return
            }
            xml.element(enclosing[depth]) { open(depth + 1) }
        }
        open(0)
        let bytes = try xml.finish()
        return (0..<count).map { Array(bytes[marks[$0]..<marks[$0 + 1]]) }
    }
}
