/// A cache file opened, with only its record read: the inputs it remembers are decoded when
/// a run needs them (`inputs()`), which an unchanged run does not.
struct CacheFile: @unchecked Sendable {
    let file: MappedFile
    let record: RunRecord?
    /// Where the inputs start in the file.
    let rest: Int

    /// The whole cache; nil when the rest of the file is malformed.
    func inputs() -> ArticleCache? {
        ArticleCache(decodingInputs: file.bytes, from: rest, record: record)
    }
}
