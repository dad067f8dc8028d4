@testable import FeedModel
@testable import FeedXML
import Testing
import TestSupport

/// RSS refresh hints: `<ttl>` and the RSS 1.0 syndication module, from the feed's cadence.
@Suite struct RSSRefreshTests {
    @Test func hintIsWrittenAsTTLAndSyndicationModule() throws {
        var feed = Sample.feed()
        feed.refresh = RefreshHint(minutes: 20)
        let rss = try Rendered(.rss, feed)
        #expect(rss.text.contains(#"xmlns:sy="http://purl.org/rss/1.0/modules/syndication/""#))
        #expect(rss.xml.string("/rss/channel/ttl") == "20")
        #expect(rss.xml.string("/rss/channel/sy:updatePeriod") == "hourly")
        #expect(rss.xml.string("/rss/channel/sy:updateFrequency") == "3")
    }

    @Test func longIntervalsArePolledDaily() throws {
        var feed = Sample.feed()
        feed.refresh = RefreshHint(minutes: 180)
        let rss = try Rendered(.rss, feed)
        #expect(rss.xml.string("/rss/channel/ttl") == "180")
        #expect(rss.xml.string("/rss/channel/sy:updatePeriod") == "daily")
        #expect(rss.xml.string("/rss/channel/sy:updateFrequency") == "8")
    }

    @Test func noHintWritesNeitherElementsNorNamespace() throws {
        let rss = try Rendered(.rss, Sample.feed())
        #expect(rss.xml.count("/rss/channel/ttl") == 0)
        #expect(!rss.text.contains("xmlns:sy"))
    }
}
