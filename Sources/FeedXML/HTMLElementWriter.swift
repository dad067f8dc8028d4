/// What the HTML pages write elements through: `HTMLByteWriter`, which writes the bytes itself,
/// or, in the tests, `HTMLWriter`, libxml2's HTML tree and serializer, which it is held to byte
/// for byte.
/// Attributes with a nil value are left out.
protocol HTMLElementWriter: AnyObject {
    /// An element with attributes and children written by `body`; the first element is the root.
    func element(_ name: String, _ attributes: KeyValuePairs<String, String?>, _ body: () -> Void)
    /// Text inside the current element, written as characters, never as markup.
    func text(_ text: String)
    /// The finished document's bytes.
    func finish() throws -> [UInt8]
}

extension HTMLElementWriter {
    func element(_ name: String, _ attributes: KeyValuePairs<String, String?> = [:]) {
        element(name, attributes) {}
    }

    func element(_ name: String, _ body: () -> Void) {
        element(name, [:], body)
    }

    /// An element holding only text.
    func element(_ name: String, _ attributes: KeyValuePairs<String, String?> = [:], text: String) {
        element(name, attributes) { self.text(text) }
    }
}
