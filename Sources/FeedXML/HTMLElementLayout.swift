internal import CLibXML2

/// How libxml2's HTML serializer lays an element out, read from libxml2's own HTML 4 element
/// table (`htmlTagLookup`), so that `HTMLByteWriter` breaks lines where it does.
struct HTMLElementLayout {
    /// A void element (`<meta>`): the start tag alone, its children never written.
    let isVoid: Bool
    /// Without children, written as a start tag alone (libxml2's `saveEndTag`, but never for
    /// `html` and `body`), else as `<name></name>`.
    let dropsEmptyEndTag: Bool
    /// Known to the table and not inline: a line break follows it when an element comes next,
    /// and it breaks lines around element children (unless its name starts with `p`).
    let isBlock: Bool
    /// Its name starts with `p` (`p`, `pre`, `param`): libxml2 breaks no line between or around
    /// its children.
    let keepsChildrenOnOneLine: Bool
    /// `script` or `style`: its text is written as is.
    let holdsRawText: Bool
    /// An HTML5 sectioning element, which both HTML writers set on lines of its own with line
    /// breaks as text (libxml2's table does not know it, so would not).
    let isSectioning: Bool

    init(_ name: String) {
        let description = htmlTagLookup(name)?.pointee
        isVoid = description.map { $0.empty != 0 } ?? false
        dropsEmptyEndTag = description.map { $0.saveEndTag != 0 } ?? false && !["html", "body"].contains(name.lowercased())
        isBlock = description.map { $0.isinline == 0 } ?? false
        keepsChildrenOnOneLine = name.hasPrefix("p")
        holdsRawText = ["script", "style"].contains(name.lowercased())
        isSectioning = Self.sectioning.contains(name)
    }

    /// HTML5 sectioning elements, which libxml2's HTML 4 table does not know and so would write
    /// on one line with their neighbours; a line break around them changes nothing on the page.
    static let sectioning: Set = ["header", "main", "section", "article", "nav", "footer"]
}
