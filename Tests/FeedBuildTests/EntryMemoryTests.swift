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
        #expect(memory.recall(key(1)) == nil && memory.count == 0)
    }

    @Test("it holds at most its maximum, dropping the least recently used, and what no rebuild used for a while")
    func staysBounded() {
        let memory = EntryMemory()
        memory.begin(settings: 1)
        for number in 0..<(EntryMemory.maximumKept + 10) { memory.remember(Sample.entry(id: "\(number)"), as: key(number)) }
        #expect(memory.count == EntryMemory.maximumKept)
        memory.finish()
        #expect(memory.count == EntryMemory.maximumKept * 3 / 4)
        memory.begin(settings: 1)
        let survivor = (0..<EntryMemory.maximumKept).first { memory.recall(key($0)) != nil }!
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
}
