internal import ByteScan

extension String {
    /// Decodes the HTML character references that scraped titles and excerpts carry
    /// (`&#8217;`, `&#x2019;`, `&amp;`, `&quot;` …), so readers show `’`, not `&#8217;`.
    /// Unknown names, malformed references and code points XML cannot hold stay as written.
    func decodingHTMLEntities() -> String {
        guard anyUTF8Byte(where: { $0 == UInt8(ascii: "&") }) else { return self }
        // On the UTF-8 bytes: entity names are ASCII, and walking Characters instead cost a
        // twentieth of reading every excerpt.
        var text = self
        return text.withUTF8 { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var index = 0
            while let amp = bytes[index...].firstIndex(of: UInt8(ascii: "&")) {
                out.append(contentsOf: bytes[index..<amp])
                let nameStart = amp + 1
                let window = bytes[nameStart..<min(bytes.count, nameStart + 12)]
                if let semicolon = window.firstIndex(of: UInt8(ascii: ";")),
                   let scalar = Self.entity(String(decoding: bytes[nameStart..<semicolon], as: UTF8.self)[...]) {
                    out.append(contentsOf: String(Character(scalar)).utf8)
                    index = semicolon + 1
                } else {
                    out.append(UInt8(ascii: "&"))
                    index = nameStart
                }
            }
            out.append(contentsOf: bytes[index...])
            return String(decoding: out, as: UTF8.self)
        }
    }

    private static let namedEntities: [Substring: Unicode.Scalar] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}",
        "hellip": "\u{2026}", "mdash": "\u{2014}", "ndash": "\u{2013}", "lsquo": "\u{2018}",
        "rsquo": "\u{2019}", "ldquo": "\u{201C}", "rdquo": "\u{201D}", "laquo": "\u{AB}",
        "raquo": "\u{BB}", "copy": "\u{A9}", "reg": "\u{AE}", "trade": "\u{2122}",
        "euro": "\u{20AC}", "pound": "\u{A3}", "middot": "\u{B7}", "bull": "\u{2022}",
    ]

    private static func entity(_ name: Substring) -> Unicode.Scalar? {
        guard name.first == "#" else { return namedEntities[name] }
        let digits = name.dropFirst()
        let value: UInt32?
        if digits.first == "x" || digits.first == "X" {
            value = UInt32(digits.dropFirst(), radix: 16)
        } else {
            value = UInt32(digits, radix: 10)
        }
        guard let value, value == 0x9 || value == 0xA || value == 0xD || (0x20...0x10FFFF).contains(value),
              !(0x7F...0x9F).contains(value), value != 0xFFFE, value != 0xFFFF else { return nil }
        return Unicode.Scalar(value)
    }
}
