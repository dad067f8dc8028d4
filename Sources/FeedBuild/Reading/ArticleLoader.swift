import FeedModel

/// Reads and decodes input files on every core.
///
/// Files are split into a few contiguous chunks per core rather than one task per file:
/// measured, that keeps peak memory low and is faster than one task per file.
/// `transform` runs on the worker, so a caller that keeps only a summary never holds every
/// full article at once.
struct ArticleLoader {
    let root: FolderPath

    /// The decoded files, without their bodies (`ArticleDecoder.readsBody`): what a summary needs.
    func load<T>(_ paths: [String], _ transform: @escaping @Sendable (String, Result<ArticleDecoder.Decoded, ArticleProblem>) -> T) -> [T] {
        Parallel.map(paths) { path in
            transform(path, Self.read(root.appending(path), relativePath: path, readingBody: false))
        }
    }

    /// One file read and decoded; `relativePath` is the path the article is known by.
    static func read(_ path: String, relativePath: String, readingBody: Bool = true) -> Result<ArticleDecoder.Decoded, ArticleProblem> {
        let bytes: [UInt8]
        do {
            bytes = try FileReader.read(path, limit: ArticleLimits.maxFileBytes)
        } catch {
            return .failure(ArticleProblem(error.description))
        }
        return Result { () throws(ArticleProblem) in try ArticleDecoder(readsBody: readingBody).decode(bytes[...], sourcePath: relativePath) }
    }
}
