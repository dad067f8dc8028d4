/// Where each of a few known keys sits in their list, found by comparing a key only with the
/// known keys of its length in UTF-8 bytes (short keys compare as raw bits). Hashing every key
/// read into a dictionary was 2 % of a build's instructions, and going through the list in
/// order 1 %: front matter has some fifteen keys, at most three of one length.
public struct KeyPositions: Sendable {
    @usableFromInline let keys: [String]
    /// The positions in `keys` of the keys of each length.
    @usableFromInline let byLength: [[Int]]

    public init(_ keys: [String]) {
        var byLength = [[Int]](repeating: [], count: (keys.map(\.utf8.count).max() ?? 0) + 1)
        for (position, key) in keys.enumerated() { byLength[key.utf8.count].append(position) }
        (self.keys, self.byLength) = (keys, byLength)
    }

    /// The position of the first of the keys equal to `key`, or nil. Inlinable: a call into
    /// another module per key read cost more than the comparisons.
    @inlinable
    public func position(of key: String) -> Int? {
        let length = key.utf8.count
        guard length < byLength.count else { return nil }
        for position in byLength[length] where keys[position] == key { return position }
        return nil
    }
}
