extension Array where Element == UInt8 {
    /// Appends `count` spaces (an indent), copied from a buffer of them: appending a repeated
    /// element goes byte by byte, and every line of a feed is indented.
    public mutating func appendSpaces(_ count: Int) {
        guard count <= spaces.count else {
            append(contentsOf: repeatElement(UInt8(ascii: " "), count: count))
            return
        }
        append(contentsOf: spaces[..<count])
    }
}

private let spaces = [UInt8](repeating: UInt8(ascii: " "), count: 64)
