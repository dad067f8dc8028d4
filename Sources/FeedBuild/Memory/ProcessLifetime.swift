import Dispatch

/// Holds a cron run's large structures until the process exits, and frees a watch's on
/// another thread. Freeing 100,000 articles' strings one by one took a tenth of an unchanged
/// run; the kernel takes the memory back at exit in one go.
enum ProcessLifetime {
    /// Appended to by the run's own thread only, at its end.
    nonisolated(unsafe) private static var kept: [Any] = []

    /// Keeps `values` until the process exits (a cron run's: the kernel frees them at once).
    static func keep(_ values: [Any]) {
        kept.append(contentsOf: values)
    }

    /// Frees `values` on another thread, now: `feedpub watch` lets go of each build's own
    /// structures once it has published. Whoever calls this must hold no other reference to
    /// them, or the last to let go frees them.
    static func release(_ values: consuming [Any]) {
        let leaving = LeftBehind(values)
        DispatchQueue.global(qos: .utility).async { leaving.drop() }
    }
}

/// A run's structures on their way out, held by nothing else: whichever thread drops them
/// frees them. (Captured by the freeing closure instead, they were freed by whichever of the
/// two threads let go last: the run's own thread as often as not, 150 M instructions a rebuild.)
///
/// `@unchecked Sendable`: `values` is handed over once, and touched by the freeing thread only.
private final class LeftBehind: @unchecked Sendable {
    private var values: [Any]

    init(_ values: consuming [Any]) { self.values = values }

    /// Frees the values, on the calling thread.
    func drop() { values = [] }
}
