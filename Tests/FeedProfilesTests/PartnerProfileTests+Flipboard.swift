import FeedModel
import FeedProfiles

extension PartnerProfileTests {
    static let flipboardCases: [Case] = [
        Case(profile: .flipboard, rule: "item-count", feed: good.with { $0.items = Array(repeating: .init(), count: 19) },
             measured: .count(19), limit: .count(20), message: "items 19 < 20"),
        Case(profile: .flipboard, rule: "channel-title", feed: good.with { $0.title = nil }, measured: .missing, limit: .text("required"),
             message: "channel title missing"),
        Case(profile: .flipboard, rule: "channel-link", feed: good.with { $0.link = nil }, measured: .missing, limit: .text("required"),
             message: "channel link missing"),
        Case(profile: .flipboard, rule: "channel-description", feed: good.with { $0.description = nil }, measured: .missing,
             limit: .text("required"), message: "channel description missing"),
        Case(profile: .flipboard, rule: "channel-language", feed: good.with { $0.language = nil }, measured: .missing,
             limit: .text("required"), message: "channel language missing"),
        Case(profile: .flipboard, rule: "item-title", feed: good.with { $0.items[5].title = nil }, measured: .count(1), limit: .count(0),
             message: "items without a title 1 > 0"),
        Case(profile: .flipboard, rule: "item-link", feed: good.with { $0.items[5].link = nil }, measured: .count(1), limit: .count(0),
             message: "items without a link 1 > 0"),
        Case(profile: .flipboard, rule: "item-description", feed: good.with { $0.items[5].description = nil }, measured: .count(1),
             limit: .count(0), message: "items without a description 1 > 0"),
        // Counted as a reader sees it: the markup around it and the entity are not characters of the text.
        Case(profile: .flipboard, rule: "description-length", feed: good.with { $0.items[7].description = "Heat &amp;amp; dust " + String(repeating: "é", count: 100) },
             measured: .characters(112), limit: .characters(300), message: "shortest description 112 characters < 300 characters"),
        Case(profile: .flipboard, rule: "item-date", feed: good.with { $0.items[5].date = nil }, measured: .count(1), limit: .count(0),
             message: "items without a date 1 > 0"),
        Case(profile: .flipboard, rule: "item-id", feed: good.with { $0.items[5].guid = nil }, measured: .count(1), limit: .count(0),
             message: "items without a guid 1 > 0"),
        Case(profile: .flipboard, rule: "item-author", feed: good.with { $0.items[5].author = nil }, measured: .count(1), limit: .count(0),
             message: "items without an author 1 > 0"),
        // Exactly 500 passes; too small, no image, and a size the feed does not declare: three items.
        Case(profile: .flipboard, rule: "item-image",
             feed: good.with { $0.items[0].image = (800, 500); $0.items[1].image = (499, 900); $0.items[2].image = nil; $0.items[3].image = (900, nil) },
             measured: .count(3), limit: .count(0), message: "items without an image of at least 500 px (declared width and height) 3 > 0"),
    ]
}
