/// Resolves a reference against an absolute http(s) URL (RFC 3986 §5.2, for the forms links take).
enum URLResolver {
    static func resolve(_ reference: String, against base: String) -> String {
        let ref = reference.trimmingWhitespace()
        if ref.isEmpty || hasScheme(ref) { return ref }
        guard let cuts = Cuts(base) else { return ref }
        let joined: String
        if ref.hasPrefix("//") {
            joined = base[..<cuts.schemeEnd] + ":" + ref
        } else if ref.hasPrefix("/") {
            joined = base[..<cuts.originEnd] + ref
        } else if ref.hasPrefix("#") {
            joined = base[..<cuts.fragmentStart] + ref
        } else if ref.hasPrefix("?") {
            joined = base[..<cuts.queryStart] + ref
        } else {
            // Both prefixes of `base`: the longer holds more characters.
            joined = (cuts.directoryEnd > cuts.originEnd ? String(base[..<cuts.directoryEnd]) : base[..<cuts.originEnd] + "/") + ref
        }
        return CanonicalURL.http(joined) ?? joined
    }

    /// Where a base URL is cut: after its scheme, its origin (scheme and authority), before its
    /// fragment, before its query (or the fragment), and after the last `/` of its path.
    private struct Cuts {
        var schemeEnd, originEnd, fragmentStart, queryStart, directoryEnd: String.Index

        init?(_ base: String) {
            // An ASCII base (every canonical URL is one) is cut on its bytes, each a character:
            // walking characters cost most of resolving a link, once per link of every body.
            if !base.anyUTF8Byte(where: { $0 >= 0x80 }) {
                self.init(base.utf8, separator: base.utf8.firstRange(of: "://".utf8),
                          slash: UInt8(ascii: "/"), question: UInt8(ascii: "?"), hash: UInt8(ascii: "#"))
            } else {
                self.init(base, separator: base.range(of: "://"), slash: "/", question: "?", hash: "#")
            }
        }

        private init?<Text: BidirectionalCollection>(_ text: Text, separator: Range<String.Index>?,
                                                     slash: Text.Element, question: Text.Element, hash: Text.Element)
            where Text.Index == String.Index, Text.Element: Equatable {
            guard let separator else { return nil }
            schemeEnd = separator.lowerBound
            let afterScheme = text[separator.upperBound...]
            originEnd = afterScheme.firstIndex(where: { $0 == slash || $0 == question || $0 == hash }) ?? afterScheme.endIndex
            fragmentStart = text.firstIndex(of: hash) ?? text.endIndex
            queryStart = text[..<fragmentStart].firstIndex(of: question) ?? fragmentStart
            directoryEnd = text[..<queryStart].lastIndex(of: slash).map(text.index(after:)) ?? queryStart
        }
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
