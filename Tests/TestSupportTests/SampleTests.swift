@testable import FeedModel
import Testing
import TestSupport

/// The samples every writer's tests start from.
@Suite struct SampleTests {
    @Test func entryLinksToItsIDAndIsUpdatedWhenPublished() {
        let entry = Sample.entry(id: "https://news.example.com/a")
        #expect(entry.link == entry.id)
        #expect(entry.updated == entry.published)
    }

    @Test func feedIsUpdatedAsItsNewestEntry() {
        #expect(GoldenFeeds.rich.updated == GoldenFeeds.richEntry.updated)
        #expect(GoldenFeeds.empty.updated == .epoch)
    }
}
