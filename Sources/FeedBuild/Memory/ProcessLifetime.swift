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
        nonisolated(unsafe) let previous = kept
        kept = values
        // Freed on another thread: a watch's next rebuild does not wait for the previous one's.
        guard !previous.isEmpty else { return }
        DispatchQueue.global(qos: .utility).async { withExtendedLifetime(previous) {} }
    }
}
