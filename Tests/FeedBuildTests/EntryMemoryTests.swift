import FeedModel
import Testing
import TestSupport
@testable import FeedBuild

/// What a watch keeps of the entries its rebuilds read and rendered (`EntryMemory`): recalled
/// by key under the same settings only, and bounded.
@Suite("Entry memory")
struct EntryMemoryTests {
    private func key(_ number: Int) -> EntryMemory.Key { EntryMemory.Key(bytes: Array("article \(number)".utf8)) }

    @Test("an entry and its rendered forms are recalled by key, and forgotten when the settings change")
    func recallsUnderTheSameSettings() {
        let memory = EntryMemory()
        memory.begin(settings: 1)
        memory.remember(Sample.entry(id: "https://example.com/1"), as: key(1))
        memory.remember(rendered: Array("<item/>".utf8), of: key(1), .rss)
        memory.finish()
        memory.begin(settings: 1)
        #expect(memory.recall(key(1))?.id == "https://example.com/1")
        #expect(memory.rendered(key(1), .rss) == Array("<item/>".utf8))
        #expect(memory.rendered(key(1), .atom) == nil && memory.recall(key(2)) == nil)
        memory.finish()
        memory.begin(settings: 2)
        #expect(memory.recall(key(1)) == nil && memory.count == 0 && memory.keptBytes == 0)
    }

    @Test("it holds at most its budget in bytes, dropping the least recently used, and what no rebuild used for a while")
    func staysBounded() {
        let memory = EntryMemory(maximumBytes: 64 * 1024)
        memory.begin(settings: 1)
        var number = 0
        while memory.count == number, number < 10_000 {
            memory.remember(Sample.entry(id: "\(number)"), as: key(number))
            number += 1
        }
        let full = memory.count
        #expect(full > 20 && full < 10_000)
        #expect(memory.keptBytes <= memory.maximumBytes && memory.keptBytes > memory.maximumBytes * 9 / 10, "filled to its budget")
        memory.remember(rendered: [UInt8](repeating: 0x20, count: 1_024), of: key(0), .rss)
        #expect(memory.rendered(key(0), .rss) == nil, "a rendered form past the budget is not kept")
        memory.finish()
        #expect(memory.keptBytes <= memory.maximumBytes * 3 / 4 && memory.count < full)
        memory.begin(settings: 1)
        let survivor = (0..<full).first { memory.recall(key($0)) != nil }!
        memory.remember(Sample.entry(id: "new"), as: key(-1))
        memory.finish()
        // Used by the latest rebuild: kept over those the first rebuild left.
        for _ in 0..<(EntryMemory.keptRebuilds - 1) {
            memory.begin(settings: 1)
            memory.finish()
        }
        memory.begin(settings: 1)
        #expect(memory.recall(key(survivor)) != nil && memory.recall(key(-1)) != nil)
        #expect(memory.count == 2, "every other entry went unused for \(EntryMemory.keptRebuilds) rebuilds")
    }

    @Test("an entry weighs what its text and rendered forms hold: a long article takes the room of many")
    func weighsBytes() {
        let memory = EntryMemory(maximumBytes: 8 * 1024)
        memory.begin(settings: 1)
        memory.remember(Sample.entry(id: "long", contentHTML: String(repeating: "<p>Solar.</p>", count: 1_000)), as: key(1))
        #expect(memory.count == 0, "a 13 KB body does not fit in 8 KB")
        memory.remember(Sample.entry(id: "short"), as: key(2))
        memory.remember(rendered: [UInt8](repeating: 0x20, count: 4_000), of: key(2), .rss)
        memory.remember(rendered: [UInt8](repeating: 0x20, count: 4_000), of: key(2), .atom)
        #expect(memory.rendered(key(2), .rss)?.count == 4_000)
        #expect(memory.rendered(key(2), .atom) == nil, "the second form would pass the budget")
        let weight = memory.keptBytes
        #expect(weight > 4_000 && weight < 4_000 + 1_024)
        // A form rendered again replaces the one kept, and is weighed in its place.
        memory.remember(rendered: [UInt8](repeating: 0x20, count: 1_000), of: key(2), .rss)
        #expect(memory.keptBytes == weight - 3_000)
    }

    @Test("an entry kept again under its key takes the old one's place in the budget, rendered forms and all")
    func replacedUnderTheSameKey() {
        let memory = EntryMemory(maximumBytes: 8 * 1024)
        memory.begin(settings: 1)
        memory.remember(Sample.entry(id: "first"), as: key(1))
        let alone = memory.keptBytes
        memory.remember(rendered: [UInt8](repeating: 0x20, count: memory.maximumBytes - alone), of: key(1), .rss)
        #expect(memory.keptBytes == memory.maximumBytes, "filled to the byte")
        // At the budget, the same entry kept again still fits: it replaces the first.
        memory.remember(Sample.entry(id: "first"), as: key(1))
        #expect(memory.keptBytes == alone && memory.count == 1)
        #expect(memory.rendered(key(1), .rss) == nil, "the new entry's forms are rendered afresh")
    }
}
