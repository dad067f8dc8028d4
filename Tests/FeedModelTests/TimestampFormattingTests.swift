import Foundation
import Testing
@testable import FeedModel

/// The formatted dates, checked against `String(format:)` of the civil time over years 1 to 9999.
@Suite struct TimestampFormattingTests {
    private static let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    @Test func everyFieldPaddedAsPrintfPadsIt() {
        let first = CivilTime.days(year: 1, month: 1, day: 1) * 86_400
        let last = CivilTime.days(year: 9999, month: 12, day: 31) * 86_400 + 86_399
        for seconds in stride(from: first, through: last, by: 77_777_777) + [first, last, 0, -1, 951_782_400] {
            let timestamp = Timestamp(secondsSinceEpoch: seconds)
            let t = CivilTime(timestamp)
            #expect(timestamp.rfc3339 == String(format: "%04d-%02d-%02dT%02d:%02d:%02dZ", t.year, t.month, t.day, t.hour, t.minute, t.second))
            #expect(timestamp.rfc822 == String(format: "%@, %02d %@ %04d %02d:%02d:%02d +0000", Self.weekdays[t.weekday], t.day,
                                                Self.months[t.month - 1], t.year, t.hour, t.minute, t.second))
        }
    }
}
