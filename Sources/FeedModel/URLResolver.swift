/// Resolves a reference against an absolute http(s) URL (RFC 3986 §5.2, for the forms links take).
enum URLResolver {
    static func resolve(_ reference: String, against base: String) -> String {
        let ref = reference.trimmingWhitespace()
        if ref.isEmpty || hasScheme(ref) { return ref }
        guard let schemeEnd = base.range(of: "://") else { return ref }
        let scheme = base[..<schemeEnd.lowerBound]
        let afterScheme = base[schemeEnd.upperBound...]
        let authorityEnd = afterScheme.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }) ?? afterScheme.endIndex
        let origin = base[..<authorityEnd]
        let withoutFragment = base.prefix { $0 != "#" }
        let joined: String
        if ref.hasPrefix("//") {
            joined = scheme + ":" + ref
        } else if ref.hasPrefix("/") {
            joined = origin + ref
        } else if ref.hasPrefix("#") {
            joined = withoutFragment + ref
        } else if ref.hasPrefix("?") {
            joined = withoutFragment.prefix { $0 != "?" } + ref
        } else {
            let path = withoutFragment.prefix { $0 != "?" }
            let directory = path[..<(path.lastIndex(of: "/").map { path.index(after: $0) } ?? path.endIndex)]
            joined = (directory.count > origin.count ? String(directory) : origin + "/") + ref
        }
        return CanonicalURL.http(joined) ?? joined
    }

    /// `scheme:` per RFC 3986 §3.1 before any `/`, `?` or `#`.
    private static func hasScheme(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":"), let first = text.first, first.isASCII, first.isLetter else { return false }
        return text[..<colon].allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }
    }
}
