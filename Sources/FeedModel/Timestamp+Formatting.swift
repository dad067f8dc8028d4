extension Timestamp {
    private static let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// RFC 822 date with a four-digit year and a numeric zone, as RSS 2.0 requires for
    /// `<pubDate>`: `Thu, 01 Jul 2021 12:07:00 +0000`.
    public var rfc822: String {
        let t = CivilTime(self)
        guard (0...9999).contains(t.year) else {
            return "\(Self.weekdays[t.weekday]), \(pad(t.day)) \(Self.months[t.month - 1]) \(pad(t.year, 4)) "
                + "\(pad(t.hour)):\(pad(t.minute)):\(pad(t.second)) +0000"
        }
        // Written into the string's storage: every entry's dates are formatted for each feed format.
        return String(unsafeUninitializedCapacity: 31) { bytes in
            var out = DigitWriter(bytes)
            out.text(Self.weekdays[t.weekday]); out.text(", "); out.digits(t.day, 2); out.text(" ")
            out.text(Self.months[t.month - 1]); out.text(" "); out.digits(t.year, 4); out.text(" ")
            out.digits(t.hour, 2); out.text(":"); out.digits(t.minute, 2); out.text(":"); out.digits(t.second, 2)
            out.text(" +0000")
            return out.count
        }
    }

    /// RFC 3339 date-time in UTC, as Atom (RFC 4287 §3.3) requires: `2021-07-01T12:07:00Z`.
    public var rfc3339: String {
        let t = CivilTime(self)
        guard (0...9999).contains(t.year) else {
            return "\(pad(t.year, 4))-\(pad(t.month))-\(pad(t.day))T\(pad(t.hour)):\(pad(t.minute)):\(pad(t.second))Z"
        }
        return String(unsafeUninitializedCapacity: 20) { bytes in
            var out = DigitWriter(bytes)
            out.digits(t.year, 4); out.text("-"); out.digits(t.month, 2); out.text("-"); out.digits(t.day, 2); out.text("T")
            out.digits(t.hour, 2); out.text(":"); out.digits(t.minute, 2); out.text(":"); out.digits(t.second, 2); out.text("Z")
            return out.count
        }
    }
}

/// Digits and ASCII text written into a string's uninitialised storage.
private struct DigitWriter {
    let bytes: UnsafeMutableBufferPointer<UInt8>
    var count = 0

    init(_ bytes: UnsafeMutableBufferPointer<UInt8>) { self.bytes = bytes }

    /// `value` (0 or more) in `width` digits, zeros in front.
    mutating func digits(_ value: Int, _ width: Int) {
        var rest = value
        for position in stride(from: count + width - 1, through: count, by: -1) {
            bytes[position] = UInt8(ascii: "0") + UInt8(rest % 10)
            rest /= 10
        }
        count += width
    }

    mutating func text(_ text: StaticString) {
        text.withUTF8Buffer { for byte in $0 { bytes[count] = byte; count += 1 } }
    }

    mutating func text(_ text: String) {
        for byte in text.utf8 { bytes[count] = byte; count += 1 }
    }
}

private func pad(_ value: Int, _ width: Int = 2) -> String {
    let digits = String(value)
    return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
}
