import Dispatch
import FeedModel
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// Reads and decodes the input files on every core.
///
/// Files are split into a few contiguous chunks per core rather than one task per file:
/// measured on this machine, that keeps peak memory low and is faster (see NOTES.md).
struct ArticleLoader {
    let root: String

    enum Outcome: Sendable {
        case article(Article, warnings: [ArticleWarning])
        case rejected(ArticleProblem)
    }

    /// One outcome per path, in the order of `paths`.
    func load(_ paths: [String]) -> [Outcome] {
        let cores = max(1, ProcessInfoCores.count)
        let chunkCount = min(paths.count, cores * 4)
        guard chunkCount > 0 else { return [] }
        let chunkSize = (paths.count + chunkCount - 1) / chunkCount
        let results = ResultSlots<[Outcome]>(count: chunkCount)
        DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
            let slice = paths[min(paths.count, chunk * chunkSize)..<min(paths.count, (chunk + 1) * chunkSize)]
            let decoder = ArticleDecoder()
            results.set(chunk, slice.map { path in load(path, decoder) })
        }
        return results.values.flatMap { $0 ?? [] }
    }

    private func load(_ path: String, _ decoder: ArticleDecoder) -> Outcome {
        let bytes: [UInt8]
        do {
            bytes = try FileReader.read(root + "/" + path, limit: ArticleLimits.maxFileBytes)
        } catch {
            return .rejected(ArticleProblem(error.description))
        }
        do {
            let decoded = try decoder.decode(bytes[...], sourcePath: path)
            return .article(decoded.article, warnings: decoded.warnings)
        } catch {
            return .rejected(error)
        }
    }
}

/// Online core count, without Foundation.
enum ProcessInfoCores {
    static var count: Int { Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))) }
}

/// Fixed slots filled from several threads, one writer per slot.
final class ResultSlots<Value>: @unchecked Sendable {
    private var storage: [Value?]
    private let lock = NSLockLite()

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Value) {
        lock.withLock { storage[index] = value }
    }

    var values: [Value?] { lock.withLock { storage } }
}

/// A pthread mutex (Foundation's NSLock without Foundation).
final class NSLockLite: @unchecked Sendable {
    private var mutex = pthread_mutex_t()

    init() { pthread_mutex_init(&mutex, nil) }
    deinit { pthread_mutex_destroy(&mutex) }

    func withLock<T>(_ body: () throws -> T) rethrows -> T {
        pthread_mutex_lock(&mutex)
        defer { pthread_mutex_unlock(&mutex) }
        return try body()
    }
}
