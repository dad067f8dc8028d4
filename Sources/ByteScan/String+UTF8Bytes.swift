extension String {
    /// Whether any UTF-8 byte satisfies `predicate`, over the contiguous bytes: iterating
    /// `utf8` through its indices costs several times more, and this runs on every string.
    @inlinable
    public func anyUTF8Byte(where predicate: (UInt8) -> Bool) -> Bool {
        utf8.withContiguousStorageIfAvailable { $0.contains(where: predicate) } ?? utf8.contains(where: predicate)
    }

    /// Calls `body` with the UTF-8 bytes, copied only when the string does not store them
    /// contiguously (a bridged one).
    @inlinable
    public func withUTF8Bytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        utf8.withContiguousStorageIfAvailable(body) ?? Array(utf8).withUnsafeBufferPointer(body)
    }
}
