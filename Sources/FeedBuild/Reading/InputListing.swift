/// What listing the input folder found: the article files, by path, and the entries skipped.
struct InputListing {
    /// An entry that is not read: a symbolic link, or a folder that could not be read.
    struct Skipped {
        var path: String
        var reason: String
    }

    /// In path order (`InputFolder.precedes`).
    var files: [InputFolder.File] = [] { didSet { fileSum = nil } }
    var skipped: [Skipped] = []
    /// The sum of the files' hashes (`fingerprint`), when known: worked out when the folder is
    /// listed, and brought up to date by `relook` for the files it changed. Any other change
    /// to `files` forgets it, and `fingerprint` sums them all again.
    var fileSum: UInt64? = nil
}
