extension CanonicalURL {
    /// Whether `text`'s authority holds a user name or password (`https://user:secret@host/`),
    /// which a site URL must not: it would be written into every feed.
    static func hasUserInfo(_ text: String) -> Bool {
        guard let separator = text.range(of: "://") else { return false }
        let afterScheme = text[separator.upperBound...]
        let authorityEnd = afterScheme.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }) ?? afterScheme.endIndex
        return afterScheme[..<authorityEnd].contains("@")
    }
}
