@testable import FeedModel
import Testing
import TestSupport

/// The samples every writer's tests start from.
@Suite struct SampleTests {
    @Test func jsonFeedURLIsUnderTheFeedsDirectory() {
        let feed = Sample.feed(directory: "topics/ai")
        #expect(Sample.feedURL(of: feed) == "https://feeds.example.org/topics/ai/feed.json")
        #expect(Sample.feedURL(of: Sample.feed()) == "https://feeds.example.org/feed.json")
    }

    @Test func feedIsUpdatedAsItsNewestEntry() {
        #expect(GoldenFeeds.rich.updated == GoldenFeeds.richEntry.updated)
        #expect(GoldenFeeds.empty.updated == .epoch)
    }
}
