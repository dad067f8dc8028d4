extension JSONValue {
    /// UTF-8 JSON text (RFC 8259): each member and element on its own line, indented by two
    /// spaces, `"key": value`, empty arrays as `[]`, and a final newline.
    var prettyPrinted: [UInt8] { prettyPrinted(capacity: 0) }

    /// The same, written into room for `capacity` bytes made at once: a feed's document is
    /// mostly its items, and growing the bytes by doubling copied them again and again.
    func prettyPrinted(capacity: Int) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(capacity)
        write(to: &out, depth: 0)
        out.append(UInt8(ascii: "\n"))
        return out
    }

    /// The value printed at `depth`, as it is written when placed there.
    func printed(depth: Int) -> [UInt8] {
        var out: [UInt8] = []
        write(to: &out, depth: depth)
        return out
    }

    private func write(to out: inout [UInt8], depth: Int) {
        switch self {
        case .printed(let bytes):
            out += bytes
        case .string(let text):
            JSONString.append(text, to: &out)
        case .array(let elements):
            Self.writeList(elements, open: "[", close: "]", to: &out, depth: depth) { element, out in
                element.write(to: &out, depth: depth + 1)
            }
        case .object(let object):
            Self.writeList(object.members, open: "{", close: "}", to: &out, depth: depth) { member, out in
                JSONString.append(member.key, to: &out)
                out += ": ".utf8
                member.value.write(to: &out, depth: depth + 1)
            }
        }
    }

    private static func writeList<Element>(_ list: [Element], open: Unicode.Scalar, close: Unicode.Scalar,
                                           to out: inout [UInt8], depth: Int,
                                           _ writeElement: (Element, inout [UInt8]) -> Void) {
        out.append(UInt8(ascii: open))
        for (index, element) in list.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            newline(&out, depth + 1)
            writeElement(element, &out)
        }
        if !list.isEmpty { newline(&out, depth) }
        out.append(UInt8(ascii: close))
    }

    /// A line break and the indent of `depth`.
    private static func newline(_ out: inout [UInt8], _ depth: Int) {
        out.append(UInt8(ascii: "\n"))
        out.appendSpaces(2 * depth)
    }
}
