import FeedModel
import FeedProfiles

extension PartnerProfileTests {
    static let cases: [Case] = googleNewsCases + appleNewsCases + flipboardCases + feedburnerCases

    /// The size of `feed`'s RSS document, as the finding measures it.
    private static func size(_ feed: SampleFeed) -> Int { feed.rss.count }

    static let bigFeed = good.with { feed in for index in feed.items.indices { feed.items[index].contentBytes = 70_000 } }
    static let bigItem = good.with { $0.items[2].contentBytes = 1_100_000 }

    static let googleNewsCases: [Case] = [
        Case(profile: .googleNews, rule: "file-size", feed: bigFeed, measured: .bytes(size(bigFeed)), limit: .bytes(2_000_000),
             message: "file \(ProfileValue.bytes(size(bigFeed)).description) > 2 MB"),
        Case(profile: .googleNews, rule: "item-size", feed: bigItem, measured: .bytes(1_100_000 + itemOverhead), limit: .bytes(1_000_000),
             message: "largest item 1.1 MB > 1 MB"),
        Case(profile: .googleNews, rule: "item-count", feed: good.with { $0.items = Array(repeating: .init(), count: 61) },
             measured: .count(61), limit: .count(60), message: "items 61 > 60"),
        Case(profile: .googleNews, rule: "item-id", feed: good.with { $0.items[0].guid = nil }, measured: .count(1), limit: .count(0),
             message: "items without a guid or id 1 > 0"),
        Case(profile: .googleNews, rule: "item-date", feed: good.with { $0.items[0].date = nil; $0.items[9].date = " " },
             measured: .count(2), limit: .count(0), message: "items without a date 2 > 0"),
    ]

    /// The bytes of the sample item around its content: what `item-size` adds to the content.
    static let itemOverhead: Int = {
        let one = good.with { $0.items = [.init()] }
        let padded = one.with { $0.items[0].contentBytes = 1 }
        return padded.rss.count - one.rss.count - 1 + (one.rss.count - good.with { $0.items = [] }.rss.count)
    }()

    static let appleNewsCases: [Case] = [
        Case(profile: .appleNews, rule: "encoding", feed: good.with { $0.encoding = "ISO-8859-1" }, measured: .text("ISO-8859-1"),
             limit: .text("UTF-8"), message: "encoding ISO-8859-1 is not UTF-8"),
        Case(profile: .appleNews, rule: "channel-title", feed: good.with { $0.title = nil }, measured: .missing, limit: .text("required"),
             message: "channel title missing"),
        Case(profile: .appleNews, rule: "channel-link", feed: good.with { $0.link = "" }, measured: .missing, limit: .text("required"),
             message: "channel link missing"),
        Case(profile: .appleNews, rule: "language-region", feed: good.with { $0.language = "hi" }, measured: .text("hi"),
             limit: .text("language-REGION"), message: "language hi has no region, expected language-REGION (e.g. en-IN)"),
        Case(profile: .appleNews, rule: "item-title", feed: good.with { $0.items[1].title = nil }, measured: .count(1), limit: .count(0),
             message: "items without a title 1 > 0"),
        Case(profile: .appleNews, rule: "item-link", feed: good.with { $0.items[1].link = nil }, measured: .count(1), limit: .count(0),
             message: "items without a link 1 > 0"),
        Case(profile: .appleNews, rule: "item-description", feed: good.with { $0.items[1].description = nil; $0.items[2].description = nil },
             measured: .count(2), limit: .count(0), message: "items without a description 2 > 0"),
    ]

    static let feedburnerCases: [Case] = {
        let big = good.with { feed in for index in feed.items.indices { feed.items[index].contentBytes = 20_000 } }
        return [Case(profile: .feedburner, rule: "file-size", feed: big, measured: .bytes(size(big)), limit: .bytes(512_000),
                     message: "file \(ProfileValue.bytes(size(big)).description) > 512 kB")]
    }()
}
