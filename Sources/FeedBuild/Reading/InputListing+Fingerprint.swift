extension InputListing {
    /// The number of files, the sum of each file's hash (its path and version, `hash(of:)`),
    /// and the same of the skipped entries: equal fingerprints mean (but for a 64-bit
    /// collision) the same files at the same versions, and the same entries skipped.
    ///
    /// A sum, not a hash of the files in turn: the files are always in path order, so their
    /// order says nothing, and a sum is brought up to date for the files a watch's rebuild
    /// looked at again (`relook`), where hashing a million paths again cost a retain and a
    /// cache miss each, a third of a rebuild that made the run's record.
    var fingerprint: UInt64 {
        var hash = WordHash()
        hash.add(Int64(files.count))
        hash.add(fileSum ?? Self.sum(of: files))
        hash.add(Int64(skipped.count))
        hash.add(skipped.reduce(0) { sum, entry in sum &+ Self.hash(of: entry) })
        return hash.value
    }

    /// `fileSum` worked out from every file.
    mutating func sumFiles() { fileSum = Self.sum(of: files) }

    static func sum(of files: [InputFolder.File]) -> UInt64 {
        // Through the buffer, each file looked at in place: an array's elements were copied,
        // retaining each path.
        files.withUnsafeBufferPointer { buffer in buffer.reduce(0) { sum, file in sum &+ hash(of: file) } }
    }

    /// What `file` adds to the sum.
    static func hash(of file: InputFolder.File) -> UInt64 {
        var hash = WordHash()
        hash.add(file.path)
        hash.add(file.version.size)
        hash.add(file.version.modifiedNanoseconds)
        hash.add(file.version.changedNanoseconds)
        hash.add(file.version.inode)
        return hash.value
    }

    private static func hash(of entry: Skipped) -> UInt64 {
        var hash = WordHash()
        hash.add(entry.path)
        hash.add(entry.reason)
        return hash.value
    }
}
