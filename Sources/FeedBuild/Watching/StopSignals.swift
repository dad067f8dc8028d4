import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// SIGINT and SIGTERM as requests to stop after the rebuild in progress, never in the middle of
/// one: both are blocked in this thread, and so in every thread started after it (they inherit
/// the mask), and one thread of their own waits for them with sigwait(3), records which came
/// and wakes the watch loop.
///
/// Made before any other thread of the watch: a thread that did not block them would let the
/// default action end the process mid-publish.
final class StopSignals: Sendable {
    private let received = Atomic<Int32>(0)

    init(waking loop: WakePipe) {
        var signals = sigset_t()
        sigemptyset(&signals)
        sigaddset(&signals, SIGINT)
        sigaddset(&signals, SIGTERM)
        pthread_sigmask(SIG_BLOCK, &signals, nil)
        let waited = UncheckedSendable(signals)
        Thread.detachNewThread { [self] in
            var signals = waited.value
            var signal: Int32 = 0
            while sigwait(&signals, &signal) != 0 {}
            self.received.store(signal, ordering: .releasing)
            loop.wake()
        }
    }

    /// The signal received (SIGINT or SIGTERM), once one has come.
    var signal: Int32? {
        let signal = received.load(ordering: .acquiring)
        return signal == 0 ? nil : signal
    }
}
