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
    ///
    /// Then gives the free memory back to the kernel. The watch has malloc keep freed blocks
    /// for reuse (`FeedWatcher`), and what its rebuilds freed did not fit what the next ones
    /// asked for: at a million articles its resident memory grew from 0.93–1.0 GB after the
    /// first build to 1.40–1.49 GB over 200 rebuilds, and to 1.15–1.22 GB with this, for a
    /// p50 from a new article to its feed of 0.69–0.79 s against 0.60–0.65 s (pages made
    /// afresh), and a p99 of 1.32–2.10 s against 1.17–1.32 s (Benchmarks/README.md).
    static func release(_ values: consuming [Any]) {
        let leaving = LeftBehind(values)
        DispatchQueue.global(qos: .utility).async {
            leaving.drop()
            FreedMemory.giveBackUnlessUnderWay()
        }
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
