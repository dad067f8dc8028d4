/// Absolute http(s) URLs in the one spelling used for ids and links.
///
/// RFC 3986 §6.2.2 normalisation: scheme and host in lower case, the default port dropped,
/// an empty path made `/`, percent-escapes in upper case, escapes of unreserved characters
/// decoded, and every byte a URI may not hold (spaces, non-ASCII, `"<>` …) percent-encoded
/// as UTF-8. The same article URL therefore yields the same entry id in every run and feed.
enum CanonicalURL {
    /// The canonical form of `text`, or nil unless it is an absolute http or https URL with a host.
    static func http(_ text: String) -> String? {
        let trimmed = text.trimmingWhitespace()
        if isAlreadyCanonical(trimmed) { return trimmed }
        guard let separator = trimmed.range(of: "://") else { return nil }
        let scheme = trimmed[..<separator.lowerBound].lowercased()
        guard scheme == "http" || scheme == "https" else { return nil }
        let afterScheme = trimmed[separator.upperBound...]
        let authorityEnd = afterScheme.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }) ?? afterScheme.endIndex
        guard let authority = canonicalAuthority(afterScheme[..<authorityEnd], scheme: scheme) else { return nil }
        let rest = encode(afterScheme[authorityEnd...])
        let pathEnd = rest.firstIndex(where: { $0 == "?" || $0 == "#" }) ?? rest.endIndex
        return scheme + "://" + authority + removingDotSegments(rest[..<pathEnd]) + rest[pathEnd...]
    }

    /// The common case, checked in one pass over the bytes: `http(s)://` in lower case, a
    /// lower-case host without port or user, a non-empty path, only bytes that need no
    /// escaping, no `%` escapes and no dot segments. Such a URL is its own canonical form.
    private static func isAlreadyCanonical(_ url: String) -> Bool {
        // Over the contiguous bytes when there are: walking the String's UTF-8 view cost
        // several times more, and every URL of every article passes here.
        url.utf8.withContiguousStorageIfAvailable(isAlreadyCanonical) ?? isAlreadyCanonical(url.utf8)
    }

    private static func isAlreadyCanonical<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Bool {
        let prefixLength: Int
        if bytes.starts(with: "https://".utf8) { prefixLength = 8 } else if bytes.starts(with: "http://".utf8) { prefixLength = 7 } else { return false }
        var inHost = true, inPath = true, sawFragment = false
        var hostLength = 0, dots = 0
        var segmentStart = true
        for byte in bytes.dropFirst(prefixLength) {
            if inHost {
                if byte == UInt8(ascii: "/") {
                    guard hostLength > 0 else { return false }
                    inHost = false
                    continue
                }
                guard (97...122).contains(byte) || (48...57).contains(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".") else { return false }
                hostLength += 1
                continue
            }
            if byte == UInt8(ascii: "#") {
                if sawFragment { return false }
                sawFragment = true
            } else if byte == UInt8(ascii: "%") || !(isUnreserved(byte) || isAllowedDelimiter(byte)) {
                return false
            }
            guard inPath else { continue }
            let isDotSegment = segmentStart && (dots == 1 || dots == 2)
            switch byte {
            case UInt8(ascii: "?"), UInt8(ascii: "#"):
                if isDotSegment { return false }
                inPath = false
            case UInt8(ascii: "/"):
                if isDotSegment { return false }
                segmentStart = true
                dots = 0
            case UInt8(ascii: "."):
                if segmentStart { dots += 1 }
            default:
                segmentStart = false
            }
        }
        return !inHost && !(inPath && segmentStart && (dots == 1 || dots == 2))
    }

    /// RFC 3986 §5.2.4 for an absolute path; an empty path becomes `/`.
    private static func removingDotSegments(_ path: Substring) -> String {
        guard path.contains(".") else { return path.isEmpty ? "/" : String(path) }
        var output: [Substring] = []
        let segments = path.split(separator: "/", omittingEmptySubsequences: false).dropFirst()
        for (index, segment) in segments.enumerated() {
            let isLast = index == segments.count - 1
            switch segment {
            case ".": if isLast { output.append("") }
            case "..":
                if !output.isEmpty { output.removeLast() }
                if isLast { output.append("") }
            default: output.append(segment)
            }
        }
        return "/" + output.joined(separator: "/")
    }

    private static func canonicalAuthority(_ authority: Substring, scheme: String) -> String? {
        var hostPort = authority
        var userInfo = ""
        if let at = authority.lastIndex(of: "@") {
            userInfo = encode(authority[..<at]) + "@"
            hostPort = authority[authority.index(after: at)...]
        }
        var host = hostPort
        var port = ""
        if let colon = hostPort.lastIndex(of: ":"), !hostPort[colon...].contains("]") {
            host = hostPort[..<colon]
            port = String(hostPort[hostPort.index(after: colon)...])
            guard port.utf8.allSatisfy({ (48...57).contains($0) }), port.utf8.count <= 5 else { return nil }
        }
        guard !host.isEmpty,
              host.unicodeScalars.allSatisfy({ $0.value > 0x7F || isHostCharacter(UInt8($0.value)) })
        else { return nil }
        let number = Int(port)
        if number == nil || (scheme == "http" && number == 80) || (scheme == "https" && number == 443) {
            port = ""
        } else {
            port = ":" + String(number!)
        }
        return userInfo + host.lowercased() + port
    }

    private static func isHostCharacter(_ byte: UInt8) -> Bool {
        isUnreserved(byte) || byte == UInt8(ascii: "[") || byte == UInt8(ascii: "]") || byte == UInt8(ascii: ":")
    }

    /// Percent-encodes what a URI may not hold and normalises existing escapes.
    private static func encode(_ text: Substring) -> String {
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var seenFragment = false
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            if byte == UInt8(ascii: "%"), i + 2 < bytes.count, let high = hexValue(bytes[i + 1]), let low = hexValue(bytes[i + 2]) {
                let decoded = high << 4 | low
                if isUnreserved(decoded) { out.append(decoded) } else { appendEscape(decoded, to: &out) }
                i += 3
                continue
            }
            if byte == UInt8(ascii: "#") {
                if seenFragment { appendEscape(byte, to: &out) } else { out.append(byte) }
                seenFragment = true
            } else if isUnreserved(byte) || isAllowedDelimiter(byte) {
                out.append(byte)
            } else {
                appendEscape(byte, to: &out)
            }
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func appendEscape(_ byte: UInt8, to out: inout [UInt8]) {
        let digits = Array("0123456789ABCDEF".utf8)
        out += [UInt8(ascii: "%"), digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]]
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 48...57: return byte - 48
        case 65...70: return byte - 55
        case 97...102: return byte - 87
        default: return nil
        }
    }

    /// RFC 3986 §2.3 unreserved: ALPHA / DIGIT / "-" / "." / "_" / "~".
    static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case 48...57, 65...90, 97...122, UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"): return true
        default: return false
        }
    }

    /// Sub-delims and the gen-delims allowed after the authority (RFC 3986 §3.3–3.5).
    private static func isAllowedDelimiter(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "!"), UInt8(ascii: "$"), UInt8(ascii: "&"), UInt8(ascii: "'"), UInt8(ascii: "("), UInt8(ascii: ")"),
             UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "="), UInt8(ascii: ":"),
             UInt8(ascii: "@"), UInt8(ascii: "/"), UInt8(ascii: "?"):
            return true
        default:
            return false
        }
    }
}
