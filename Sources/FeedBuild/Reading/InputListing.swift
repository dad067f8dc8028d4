/// What listing the input folder found: the article files, by path, and the entries skipped.
struct InputListing {
    /// An entry that is not read: a symbolic link, or a folder that could not be read.
    struct Skipped {
        var path: String
        var reason: String
    }

    var files: [InputFolder.File] = []
    var skipped: [Skipped] = []
}
