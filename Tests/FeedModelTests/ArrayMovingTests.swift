import Testing
@testable import FeedModel

/// `Array.appendMoving`: a run of elements moved from one array to another without a copy of
/// each (what a watch's rebuild does to its records, articles and files), and without breaking
/// value semantics when the old array is shared.
@Suite("Moving runs of array elements")
struct ArrayMovingTests {
    private final class Token {}

    @Test("from an array nothing else holds: the elements move, held by the new array alone, and the vacant one takes their places")
    func movesFromUnique() {
        var old = [Token(), Token(), Token()]
        let identities = old.map(ObjectIdentifier.init)
        let vacant = Token()
        var new: [Token] = []
        new.appendMoving(0..<2, from: &old, leaving: vacant)

        #expect(new.map(ObjectIdentifier.init) == Array(identities[0..<2]))
        #expect(isKnownUniquelyReferenced(&new[0]) && isKnownUniquelyReferenced(&new[1]))
        #expect(old[0] === vacant && old[1] === vacant)
        #expect(ObjectIdentifier(old[2]) == identities[2])
    }

    @Test("from a shared array: the other holder keeps every element")
    func leavesSharedWhole() {
        var old = [Token(), Token(), Token()]
        let other = old
        var new: [Token] = []
        new.appendMoving(1..<3, from: &old, leaving: Token())

        #expect(new[0] === other[1] && new[1] === other[2])
        #expect(other.count == 3 && other[0] === old[0])
        #expect(!isKnownUniquelyReferenced(&new[0]))
    }
}
