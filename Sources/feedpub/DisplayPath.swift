/// A file's path as the user named its folder (`seeds/a.md`, also for `--input seeds/`).
enum DisplayPath {
    static func of(_ relative: String, in input: String) -> String {
        var folder = Substring(input)
        while folder.count > 1 && folder.hasSuffix("/") { folder = folder.dropLast() }
        return folder == "/" ? "/" + relative : folder + "/" + relative
    }
}
