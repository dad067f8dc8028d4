/// A cache file opened, with only its record read: the inputs it remembers are decoded when
/// a run needs them (`inputs()`), which an unchanged run does not.
struct CacheFile: @unchecked Sendable {
    let file: MappedFile
    let record: RunRecord?
    /// Where the inputs start in the file.
    let rest: Int

    /// The whole cache; nil when the rest of the file is malformed. The pages decoded are given
    /// back as the decoding goes, and the rest at its end: they counted in resident memory
    /// beside what was decoded from them, at the peak of a run with one change (142 MB at a
    /// million articles).
    func inputs() -> ArticleCache? {
        defer { file.dropPages() }
        return ArticleCache(decodingInputs: file.bytes, from: rest, record: record, decodedBefore: file.dropPages(before:))
    }
}
