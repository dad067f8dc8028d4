internal import CLibXML2

/// Whether libxml2's strict parser (no network, no recovery) accepts a document.
enum WellFormed {
    static func check(_ document: [UInt8]) -> Bool {
        document.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
                guard let context = xmlNewParserCtxt() else { return false }
                defer { xmlFreeParserCtxt(context) }
                let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
                guard let parsed = xmlCtxtReadMemory(context, pointer, Int32(buffer.count), nil, "UTF-8", options) else { return false }
                xmlFreeDoc(parsed)
                return context.pointee.wellFormed != 0
            }
        }
    }
}
