import Dispatch
import Synchronization
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// The progress line of a long run on a terminal: "read N/M files, wrote K feeds", redrawn in
/// place with `\r` on stderr, first shown after about a second, cleared at the end. Never
/// made when stderr is not a terminal (cron, pipes, files) or with `--quiet`.
///
/// `@unchecked Sendable`: the counts live in a `Mutex`; `timer` and `deadline` are set only by
/// `start` and `finish`, on the run's own thread, before the timer fires and after it is cancelled.
public final class ProgressLine: @unchecked Sendable {
    /// The line being shown, so that a problem printed meanwhile clears it first.
    /// Set and cleared by the run's thread at its start and end only.
    nonisolated(unsafe) static var current: ProgressLine?

    private struct State {
        var total = 0
        var filesRead = 0
        var feedsWritten = 0
        var width = 0
    }

    private let state = Mutex(State())
    private var timer: DispatchSourceTimer?

    /// A progress line when stderr is a terminal and the run is not quiet; else nil.
    public static func forTerminal(quiet: Bool) -> ProgressLine? {
        quiet || isatty(2) == 0 ? nil : ProgressLine()
    }

    /// The line's text.
    static func text(read: Int, of total: Int, feeds: Int) -> String {
        "read \(read)/\(total) file\(total == 1 ? "" : "s"), wrote \(feeds) feed\(feeds == 1 ? "" : "s")"
    }

    /// When the line first shows: after a second, or `FEEDPUB_PROGRESS_DELAY_MS` (for tests).
    private var deadline = DispatchTime.now()

    func start(files: Int) {
        let delay = getenv("FEEDPUB_PROGRESS_DELAY_MS").flatMap { Int(String(cString: $0)) } ?? 1000
        deadline = .now() + .milliseconds(delay)
        state.withLock { $0.total = files }
        Self.current = self
        let timer = DispatchSource.makeTimerSource(queue: DispatchQueue.global())
        timer.schedule(deadline: deadline, repeating: .milliseconds(200))
        timer.setEventHandler { [weak self] in self?.draw() }
        self.timer = timer
        timer.resume()
    }

    func read(_ count: Int) { state.withLock { $0.filesRead += count } }
    func wroteFeeds(_ count: Int) { state.withLock { $0.feedsWritten += count } }

    /// Stops drawing and clears the line; nothing when it is not shown (never started, or finished).
    public func finish() {
        guard Self.current === self else { return }
        timer?.cancel()
        timer = nil
        // A run that outlasted the delay shows its final count at least once, even between ticks.
        if DispatchTime.now() >= deadline { draw() }
        clear()
        Self.current = nil
    }

    /// Blanks the line, if shown (the next tick draws it again).
    func clear() {
        state.withLock { blank(&$0) }
    }

    /// Runs `body` (which prints a problem) with the line blanked and no redraw in between,
    /// so that a problem is never printed into the middle of the progress line.
    func whileCleared(_ body: () -> Void) {
        state.withLock {
            blank(&$0)
            body()
        }
    }

    private func blank(_ state: inout State) {
        guard state.width > 0 else { return }
        write("\r" + String(repeating: " ", count: state.width) + "\r")
        state.width = 0
    }

    private func draw() {
        state.withLock { state in
            let text = Self.text(read: state.filesRead, of: state.total, feeds: state.feedsWritten)
            write("\r" + text + String(repeating: " ", count: max(0, state.width - text.count)))
            state.width = max(state.width, text.count)
        }
    }

    private func write(_ text: String) { CStandardStreams.writeError(text) }
}
