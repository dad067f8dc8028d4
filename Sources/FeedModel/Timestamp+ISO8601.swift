extension Timestamp {
    /// Parses an ISO 8601 / RFC 3339 date-time, or a YAML timestamp, strictly.
    ///
    /// Accepts `2021-07-01T12:07:00Z`, `2021-07-01T17:37:00+05:30`, `+0530`, `+05`, a space or
    /// `t` instead of `T`, a space before the zone, fractional seconds (dropped: feeds carry
    /// whole seconds), and a bare date (midnight). A time without a zone is read as UTC, never
    /// as the machine's local zone. The day is checked against the month (`2021-02-30` fails,
    /// where Foundation's parsers roll it into March). Returns nil for anything else.
    public init?(iso8601 text: Substring) {
        var scanner = DigitScanner(text.utf8)
        guard let year = scanner.digits(4), scanner.skip(UInt8(ascii: "-")),
              let month = scanner.digits(2), scanner.skip(UInt8(ascii: "-")),
              let day = scanner.digits(2),
              year >= 1, (1...12).contains(month), (1...CivilTime.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        var hour = 0, minute = 0, second = 0, offsetSeconds = 0
        if !scanner.isAtEnd {
            guard scanner.skip(UInt8(ascii: "T")) || scanner.skip(UInt8(ascii: "t")) || scanner.skip(UInt8(ascii: " ")),
                  let h = scanner.digits(2), scanner.skip(UInt8(ascii: ":")), let m = scanner.digits(2)
            else { return nil }
            (hour, minute) = (h, m)
            if scanner.skip(UInt8(ascii: ":")) {
                guard let s = scanner.digits(2) else { return nil }
                second = s
                if scanner.skip(UInt8(ascii: ".")) || scanner.skip(UInt8(ascii: ",")) {
                    guard scanner.skipDigits() > 0 else { return nil }
                }
            }
            // A leap second (:60) is folded into the next second's neighbour, :59.
            guard hour <= 23, minute <= 59, second <= 60 else { return nil }
            second = min(second, 59)
            _ = scanner.skip(UInt8(ascii: " "))
            guard let offset = scanner.zoneOffset() else { return nil }
            offsetSeconds = offset
        }
        guard scanner.isAtEnd else { return nil }
        let days = CivilTime.days(year: year, month: month, day: day)
        self.init(secondsSinceEpoch: days * 86_400 + Int64(hour * 3600 + minute * 60 + second - offsetSeconds))
    }

    public init?(iso8601 text: String) {
        self.init(iso8601: text[...])
    }
}

/// Reads ASCII digits and punctuation off the front of a UTF-8 view.
private struct DigitScanner {
    private let bytes: Substring.UTF8View
    private var index: Substring.UTF8View.Index

    init(_ bytes: Substring.UTF8View) {
        self.bytes = bytes
        self.index = bytes.startIndex
    }

    var isAtEnd: Bool { index == bytes.endIndex }

    mutating func skip(_ byte: UInt8) -> Bool {
        guard index != bytes.endIndex, bytes[index] == byte else { return false }
        bytes.formIndex(after: &index)
        return true
    }

    /// Exactly `count` digits as a number, or nil (consuming nothing useful).
    mutating func digits(_ count: Int) -> Int? {
        var value = 0
        for _ in 0..<count {
            guard index != bytes.endIndex, case let byte = bytes[index], (48...57).contains(byte) else { return nil }
            value = value * 10 + Int(byte - 48)
            bytes.formIndex(after: &index)
        }
        return value
    }

    mutating func skipDigits() -> Int {
        var count = 0
        while index != bytes.endIndex, (48...57).contains(bytes[index]) {
            bytes.formIndex(after: &index)
            count += 1
        }
        return count
    }

    /// `Z`, `z`, `±HH:MM`, `±HHMM` or `±HH`, as seconds east of UTC; nothing at all means UTC.
    mutating func zoneOffset() -> Int? {
        if isAtEnd { return 0 }
        if skip(UInt8(ascii: "Z")) || skip(UInt8(ascii: "z")) { return 0 }
        let sign: Int
        if skip(UInt8(ascii: "+")) { sign = 1 } else if skip(UInt8(ascii: "-")) { sign = -1 } else { return nil }
        // YAML allows a one-digit hour (`-5`); ISO 8601 two.
        guard let first = digits(1) else { return nil }
        let hours = digits(1).map { first * 10 + $0 } ?? first
        guard hours <= 23 else { return nil }
        var minutes = 0
        if !isAtEnd {
            _ = skip(UInt8(ascii: ":"))
            guard let m = digits(2), m <= 59 else { return nil }
            minutes = m
        }
        return sign * (hours * 3600 + minutes * 60)
    }
}
