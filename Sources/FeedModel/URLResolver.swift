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
        // On bytes: a scheme is ASCII, and this runs for every link of every body.
        let bytes = text.utf8
        guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")), let first = bytes.first, isLetter(first) else { return false }
        return bytes[..<colon].allSatisfy { byte in
            isLetter(byte) || (0x30...0x39).contains(byte) || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
        }
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }
}
