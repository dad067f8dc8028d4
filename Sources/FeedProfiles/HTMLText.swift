internal import CLibXML2

/// HTML as the text a reader sees: what a description's length counts.
enum HTMLText {
    /// `html` with its tags removed and its entities resolved, by libxml2's HTML parser.
    static func plain(_ html: String) -> String {
        guard html.contains("<") || html.contains("&") else { return html }
        let options = Int32(HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NOIMPLIED.rawValue)
        // Wrapped, so text before the first tag still has an element to belong to.
        let wrapped = Array("<div>\(html)</div>".utf8)
        let parsed = wrapped.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                htmlReadMemory($0, Int32(buffer.count), nil, "UTF-8", options)
            }
        }
        guard let document = parsed else { return html }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else { return "" }
        return XMLElement(node: root).text
    }
}
