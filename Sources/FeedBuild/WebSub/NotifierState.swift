import Synchronization

/// What the notifying threads share: the report so far, and whether the hub is taken to be down.
final class NotifierState: Sendable {
    private struct State {
        var report = WebSubNotifier.Report()
        var down = false
    }

    private let state = Mutex(State())

    var hubIsDown: Bool { state.withLock { $0.down } }
    var report: WebSubNotifier.Report { state.withLock { $0.report } }

    func succeeded() { state.withLock { $0.report.notified += 1 } }
    func skip(_ url: String) {
        state.withLock { $0.report.unannounced.append(url) }
    }
    /// The first feed left unannounced by the deadline stands for all of them in the warning.
    func late(_ url: String, _ reason: String) {
        state.withLock {
            if $0.report.failures.isEmpty {
                $0.report.failures.append(WebSubNotifier.Report.Failure(url: url, reason: reason))
            }
            $0.report.unannounced.append(url)
        }
    }
    func failed(_ url: String, _ reason: String) {
        state.withLock {
            $0.report.failures.append(WebSubNotifier.Report.Failure(url: url, reason: reason))
            $0.report.unannounced.append(url)
            $0.down = true
        }
    }

    /// Hands out the feeds' indices, each once, to whichever thread asks next.
    final class Counter: Sendable {
        private let next = Mutex(0)

        func take(below limit: Int) -> Int? {
            next.withLock { next in
                guard next < limit else { return nil }
                defer { next += 1 }
                return next
            }
        }
    }
}
