extension InputListing {
    /// Every file's path and version and every skipped entry, in order: equal fingerprints
    /// mean (but for a 64-bit collision) the same files at the same versions.
    var fingerprint: UInt64 {
        var hash = FNV1a()
        hash.add(Int64(files.count))
        for file in files {
            hash.add(file.path)
            hash.add(file.version.size)
            hash.add(file.version.modifiedNanoseconds)
            hash.add(file.version.changedNanoseconds)
            hash.add(Int64(bitPattern: file.version.inode))
        }
        hash.add(Int64(skipped.count))
        for entry in skipped {
            hash.add(entry.path)
            hash.add(entry.reason)
        }
        return hash.value
    }
}
