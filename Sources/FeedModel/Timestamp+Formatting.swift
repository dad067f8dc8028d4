extension Timestamp {
    private static let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// RFC 822 date with a four-digit year and a numeric zone, as RSS 2.0 requires for
    /// `<pubDate>`: `Thu, 01 Jul 2021 12:07:00 +0000`.
    public var rfc822: String {
        let t = CivilTime(self)
        return "\(Self.weekdays[t.weekday]), \(pad(t.day)) \(Self.months[t.month - 1]) \(pad(t.year, 4)) "
            + "\(pad(t.hour)):\(pad(t.minute)):\(pad(t.second)) +0000"
    }

    /// RFC 3339 date-time in UTC, as Atom (RFC 4287 §3.3) requires: `2021-07-01T12:07:00Z`.
    public var rfc3339: String {
        let t = CivilTime(self)
        return "\(pad(t.year, 4))-\(pad(t.month))-\(pad(t.day))T\(pad(t.hour)):\(pad(t.minute)):\(pad(t.second))Z"
    }
}

private func pad(_ value: Int, _ width: Int = 2) -> String {
    let digits = String(value)
    return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
}
