/// What the feed formats write elements through: libxml2's `XMLWriter` for whole documents,
/// `XMLFragmentWriter` for the entries placed into them. Attributes with a nil value are left out.
protocol XMLElementWriter: AnyObject {
    /// An element with attributes and children written by `body`.
    func element(_ name: String, _ attributes: KeyValuePairs<String, String?>, _ body: () -> Void)
    /// An element holding only text.
    func element(_ name: String, _ attributes: KeyValuePairs<String, String?>, text: String)
}

extension XMLElementWriter {
    func element(_ name: String, _ attributes: KeyValuePairs<String, String?> = [:]) {
        element(name, attributes) {}
    }

    func element(_ name: String, _ body: () -> Void) {
        element(name, [:], body)
    }

    func element(_ name: String, text: String) {
        element(name, [:], text: text)
    }
}
