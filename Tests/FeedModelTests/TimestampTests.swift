import Testing
@testable import FeedModel

/// `Timestamp(iso8601:)` reads the dates of `publishedDateTime`; `rfc822`/`rfc3339` write them.
@Suite struct TimestampTests {
    /// 2021-07-01T12:07:00Z, the seed article's date.
    let seedSeconds: Int64 = 1_625_141_220

    @Test func utcDesignatorZ() {
        #expect(Timestamp(iso8601: "2021-07-01T12:07:00Z")?.secondsSinceEpoch == seedSeconds)
    }

    @Test func positiveOffsetWithColon() {
        #expect(Timestamp(iso8601: "2021-07-01T17:37:00+05:30")?.secondsSinceEpoch == seedSeconds)
    }

    @Test func negativeOffset() {
        #expect(Timestamp(iso8601: "2021-07-01T04:07:00-08:00")?.secondsSinceEpoch == seedSeconds)
    }

    @Test func offsetWithoutColon() {
        #expect(Timestamp(iso8601: "2021-07-01T17:37:00+0530")?.secondsSinceEpoch == seedSeconds)
    }

    @Test func noZoneIsUTCNotLocalTime() {
        #expect(Timestamp(iso8601: "2021-07-01T12:07:00")?.secondsSinceEpoch == seedSeconds)
    }

    @Test func fractionalSecondsAreDropped() {
        #expect(Timestamp(iso8601: "2021-07-01T12:07:00.987654Z")?.secondsSinceEpoch == seedSeconds)
    }

    @Test func bareDateIsMidnightUTC() {
        #expect(Timestamp(iso8601: "2021-07-01")?.rfc3339 == "2021-07-01T00:00:00Z")
    }

    @Test func yamlStyleSpaceSeparatedWithHourOffset() {
        #expect(Timestamp(iso8601: "2021-07-01 17:07:00 +05")?.rfc3339 == "2021-07-01T12:07:00Z")
    }

    @Test
    func yamlSpecSpaceSeparatedExample() {
        #expect(Timestamp(iso8601: "2001-12-14 21:59:43.10 -5")?.rfc3339 == "2001-12-15T02:59:43Z")
    }

    @Test(arguments: ["2021-13-01", "2021-00-10", "2021-02-30", "2021-02-29", "1900-02-29", "2021-04-31"])
    func impossibleCalendarDatesAreRejected(_ text: String) {
        #expect(Timestamp(iso8601: text) == nil)
    }

    @Test(arguments: ["2024-02-29", "2000-02-29"])
    func leapDayInLeapYearIsAccepted(_ text: String) {
        #expect(Timestamp(iso8601: text)?.rfc3339 == text + "T00:00:00Z")
    }

    @Test(arguments: ["2021-07-01T24:00:00Z", "2021-07-01T12:60:00Z", "2021-07-01T12:07:00+24:00",
                      "2021-07-01T12:07:00Z junk", "2021-7-1", "July 1, 2021", "2021-07-01T", ""])
    func malformedTextIsRejected(_ text: String) {
        #expect(Timestamp(iso8601: text) == nil)
    }

    @Test func rfc822AsRSSPubDateWants() {
        #expect(Timestamp(secondsSinceEpoch: seedSeconds).rfc822 == "Thu, 01 Jul 2021 12:07:00 +0000")
    }

    @Test func rfc3339AsAtomWants() {
        #expect(Timestamp(secondsSinceEpoch: seedSeconds).rfc3339 == "2021-07-01T12:07:00Z")
    }

    @Test func offsetInputIsWrittenInUTC() {
        #expect(Timestamp(iso8601: "2021-01-01T01:30:00+05:30")?.rfc822 == "Thu, 31 Dec 2020 20:00:00 +0000")
    }

    @Test func dateBefore1970() {
        let landing = Timestamp(iso8601: "1969-07-20T20:17:40Z")
        #expect(landing?.secondsSinceEpoch == -14_182_940)
        #expect(landing?.rfc822 == "Sun, 20 Jul 1969 20:17:40 +0000")
    }

    @Test func oneSecondBeforeTheEpoch() {
        #expect(Timestamp(secondsSinceEpoch: -1).rfc3339 == "1969-12-31T23:59:59Z")
    }

    @Test func nineteenthCenturyDateRoundTrips() {
        #expect(Timestamp(iso8601: "1899-12-31T23:59:59Z")?.rfc822 == "Sun, 31 Dec 1899 23:59:59 +0000")
    }

    @Test func epochIsThursday() {
        #expect(Timestamp.epoch.rfc822 == "Thu, 01 Jan 1970 00:00:00 +0000")
    }
}
