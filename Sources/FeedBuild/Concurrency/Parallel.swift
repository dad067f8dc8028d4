import Dispatch
import Synchronization
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

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
            let work = UncheckedSendable((items, transform))
            DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
                let (items, transform) = work.value
                let range = min(items.count, chunk * chunkSize)..<min(items.count, (chunk + 1) * chunkSize)
                slots.set(chunk, items[range].map(transform))
            }
        }
        return slots.values.flatMap { $0 ?? [] }
    }
}

/// Passes the items and a transform the caller knows to be thread-safe into `concurrentPerform`.
///
/// `@unchecked`: the items are only read, and the transform is shared by the chunks as
/// `map`'s caller promises; Swift cannot see either for a generic, non-Sendable type.
struct UncheckedSendable<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}

/// Fixed slots filled from several threads, one writer per slot. A chunk's results are not
/// Sendable in general (FeedModel's types are not marked): they cross threads only through the
/// mutex, wrapped, and no two threads hold one.
final class ResultSlots<Value>: Sendable {
    private let storage: Mutex<[Value?]>

    init(count: Int) { storage = Mutex(Array(repeating: nil, count: count)) }

    func set(_ index: Int, _ value: Value) {
        let value = UncheckedSendable(value)
        storage.withLock { $0[index] = value.value }
    }

    var values: [Value?] { storage.withLock { UncheckedSendable($0) }.value }
}
