import Testing
@testable import FeedModel

/// `RefreshHint`: the poll interval from a feed's own cadence, clamped, without a clock.
@Suite struct RefreshHintTests {
    private func dates(_ minutesAgo: [Int64]) -> [Timestamp] {
        minutesAgo.map { Timestamp(secondsSinceEpoch: 1_700_000_000 - $0 * 60) }
    }

    @Test func intervalIsTheMedianGap() {
        #expect(RefreshHint(newestFirst: dates([0, 30, 90, 120])).minutes == 30)
        #expect(RefreshHint(newestFirst: dates([0, 100, 130, 300])).minutes == 100)
    }

    @Test func evenGapCountsTakeTheLowerMiddleGap() {
        #expect(RefreshHint(newestFirst: dates([0, 20, 60, 160, 360])).minutes == 40)
    }

    @Test func onlyTheNewestTenEntriesCount() {
        let busy = (0..<10).map { Int64($0) * 20 }
        #expect(RefreshHint(newestFirst: dates(busy + [10_000, 20_000, 30_000, 40_000, 50_000])).minutes == 20)
    }

    @Test func intervalsAreClampedToFifteenMinutesAndOneDay() {
        #expect(RefreshHint(newestFirst: dates([0, 1, 2, 3])).minutes == 15)
        #expect(RefreshHint(newestFirst: dates([0, 5_000, 10_000])).minutes == 1440)
        #expect(RefreshHint(minutes: 0).minutes == 15 && RefreshHint(minutes: 99_999).minutes == 1440)
    }

    @Test func tiesAndEqualDatesGiveTheShortestInterval() {
        #expect(RefreshHint(newestFirst: dates([0, 0, 0])).minutes == 15)
    }

    @Test func fewerThanTwoEntriesArePolledDaily() {
        #expect(RefreshHint(newestFirst: dates([])).minutes == 1440)
        #expect(RefreshHint(newestFirst: dates([0])).minutes == 1440)
    }

    @Test func periodAndFrequency() {
        #expect((RefreshHint(minutes: 15).updatePeriod, RefreshHint(minutes: 15).updateFrequency) == ("hourly", 4))
        #expect((RefreshHint(minutes: 60).updatePeriod, RefreshHint(minutes: 60).updateFrequency) == ("hourly", 1))
        #expect((RefreshHint(minutes: 61).updatePeriod, RefreshHint(minutes: 61).updateFrequency) == ("daily", 23))
        #expect((RefreshHint(minutes: 1440).updatePeriod, RefreshHint(minutes: 1440).updateFrequency) == ("daily", 1))
    }

    @Test func catalogGivesSubscriptionDocumentsTheirCadence() throws {
        let articles = [0, 1, 2].map { Article.make(path: "\($0).md", url: "https://n.example/\($0)",
                                                     published: "2021-07-01T0\($0):00:00Z") }
        let feeds = FeedCatalog.feeds(articles: articles, site: SiteConfiguration())
        #expect(feeds.first?.refresh == RefreshHint(minutes: 60))
    }
}
