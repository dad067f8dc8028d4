import Testing
@testable import FeedModel

/// RFC 5005 archive pages: which entries go where, and that a full page never changes.
@Suite struct ArchivePagesTests {
    /// Entry indices as the catalog gives them: newest first (0 is the newest).
    private func feed(_ count: Int) -> [Int] { Array(0..<count) }

    @Test func noArchiveWhileEverythingFitsTheSubscriptionDocument() {
        let split = FeedPlan.ArchivePages(pageSize: 3, entryLimit: 5).split(feed(5))
        #expect(split.current == [0, 1, 2, 3, 4])
        #expect(split.pages.isEmpty)
    }

    @Test func olderEntriesFillPagesFromTheOldestWithOneMorePageAfterTheFullOnes() {
        // 12 entries: 5 current, 7 archived (indices 5…11, 11 the oldest) → pages of 3: [11,10,9], [8,7,6], [5].
        let split = FeedPlan.ArchivePages(pageSize: 3, entryLimit: 5).split(feed(12))
        #expect(split.current == [0, 1, 2, 3, 4])
        #expect(split.pages == [[9, 10, 11], [6, 7, 8], [5]])
    }

    @Test func aPageIsNewestFirstLikeTheFeed() {
        let split = FeedPlan.ArchivePages(pageSize: 3, entryLimit: 1).split(feed(5))
        #expect(split.pages == [[2, 3, 4], [1]])
    }

    @Test func exactlyFullPagesAreFollowedByAnEmptyNewestPage() {
        let split = FeedPlan.ArchivePages(pageSize: 2, entryLimit: 1).split(feed(5))
        #expect(split.pages.map(\.count) == [2, 2, 0])
    }

    @Test func aLoneArchivedEntryStillGivesTwoPagesSoEachHasALink() {
        let split = FeedPlan.ArchivePages(pageSize: 10, entryLimit: 2).split(feed(3))
        #expect(split.pages.map(\.count) == [1, 0])
    }

    @Test("adding newer entries never changes a full page", arguments: [1, 2, 3, 7, 20])
    func fullPagesAreStable(added: Int) {
        let pages = FeedPlan.ArchivePages(pageSize: 4, entryLimit: 3)
        let before = pages.split(feed(30))
        // `added` newer entries: every old entry's index moves up by `added`.
        let after = pages.split(feed(30 + added))
        for (page, entries) in before.pages.enumerated() where entries.count == 4 {
            #expect(after.pages[page] == entries.map { $0 + added }, "page \(page + 1) changed")
        }
    }

    @Test func everyEntryIsShownExactlyOnce() {
        for count in 0..<40 {
            let split = FeedPlan.ArchivePages(pageSize: 4, entryLimit: 5).split(feed(count))
            let shown = split.current + split.pages.flatMap { $0 }
            #expect(shown.sorted() == feed(count), "\(count) entries")
        }
    }

    @Test func pageFilesAreToldFromFeedsOfTopicsCalledArchive() {
        #expect(FeedPlan.ArchivePages.isPageFile("archive/1/rss.xml"))
        #expect(FeedPlan.ArchivePages.isPageFile("topics/ai/archive/12/feed.json"))
        #expect(FeedPlan.ArchivePages.isPageFile("topics/archive/archive/2/atom.xml"))
        #expect(!FeedPlan.ArchivePages.isPageFile("topics/archive/rss.xml"))
        #expect(!FeedPlan.ArchivePages.isPageFile("providers/archive/atom.xml"))
        #expect(!FeedPlan.ArchivePages.isPageFile("rss.xml"))
    }
}
