import Dispatch
import FeedModel
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// Reads and decodes input files on every core.
///
/// Files are split into a few contiguous chunks per core rather than one task per file:
/// measured on this machine, that keeps peak memory low and is faster (see NOTES.md).
/// `transform` runs on the worker, so a caller that keeps only a summary never holds every
/// full article at once.
struct ArticleLoader {
    let root: String

    /// The decoded files, without their bodies (`ArticleDecoder.readsBody`): what a summary needs.
    func load<T>(_ paths: [String], _ transform: @escaping @Sendable (String, Result<ArticleDecoder.Decoded, ArticleProblem>) -> T) -> [T] {
        Parallel.map(paths) { path in
            transform(path, Self.read(root + "/" + path, relativePath: path, readingBody: false))
        }
    }

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

/// `map` over all cores, in chunks, keeping the order.
enum Parallel {
    static func map<Element, T>(_ items: [Element], _ transform: (Element) -> T) -> [T] {
        // Sixteen chunks per core, taken in turn by whichever core is free: with four, a core
        // slowed by another process left the other idle for up to an eighth of a phase.
        let chunkCount = min(items.count, max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) * 16)
        guard chunkCount > 1 else { return items.map(transform) }
        let chunkSize = (items.count + chunkCount - 1) / chunkCount
        let slots = ResultSlots<[T]>(count: chunkCount)
        withoutActuallyEscaping(transform) { transform in
            let box = UncheckedSendable(transform)
            DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
                let range = min(items.count, chunk * chunkSize)..<min(items.count, (chunk + 1) * chunkSize)
                slots.set(chunk, items[range].map(box.value))
            }
        }
        return slots.values.flatMap { $0 ?? [] }
    }
}

/// Passes a closure the caller knows to be thread-safe into `concurrentPerform`.
struct UncheckedSendable<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}

/// Fixed slots filled from several threads, one writer per slot.
final class ResultSlots<Value>: @unchecked Sendable {
    private var storage: [Value?]
    private let lock = Mutex()

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Value) {
        lock.withLock { storage[index] = value }
    }

    var values: [Value?] { lock.withLock { storage } }
}

/// A pthread mutex.
final class Mutex: @unchecked Sendable {
    private var mutex = pthread_mutex_t()

    init() { pthread_mutex_init(&mutex, nil) }
    deinit { pthread_mutex_destroy(&mutex) }

    func withLock<T>(_ body: () throws -> T) rethrows -> T {
        pthread_mutex_lock(&mutex)
        defer { pthread_mutex_unlock(&mutex) }
        return try body()
    }
}
