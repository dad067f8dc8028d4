import Dispatch

/// Holds a run's large structures until the process exits. Freeing 100,000 articles'
/// strings one by one took a tenth of an unchanged run; the kernel takes the memory back at
/// exit in one go.
enum ProcessLifetime {
    /// Appended to by the run's own thread only, at its end.
    nonisolated(unsafe) private static var kept: [Any] = []

    /// Keeps `values` in place of the previous run's: a long-lived `feedpub watch` frees one run's
    /// structures when the next has published, so its memory does not grow run after run.
    static func keep(_ values: Any...) {
        let previous = LeftBehind(replacing: &kept, with: values)
        // Freed on another thread: a watch's next rebuild does not wait for the previous one's.
        guard previous.holdsAny else { return }
        DispatchQueue.global(qos: .utility).async { previous.drop() }
    }
}

/// A run's structures on their way out, held by nothing else: whichever thread drops them
/// frees them. (Captured by the freeing closure instead, they were freed by whichever of the
/// two threads let go last: the run's own thread as often as not, 150 M instructions a rebuild.)
///
/// `@unchecked Sendable`: `values` is handed over once, and touched by the freeing thread only.
private final class LeftBehind: @unchecked Sendable {
    private var values: [Any]

    /// Takes `kept`'s values, leaving `new` in their place.
    init(replacing kept: inout [Any], with new: [Any]) {
        values = new
        swap(&values, &kept)
    }

    var holdsAny: Bool { !values.isEmpty }

    /// Frees the values, on the calling thread.
    func drop() { values = [] }
}
