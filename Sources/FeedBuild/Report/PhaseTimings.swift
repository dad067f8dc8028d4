import Dispatch

/// How long each phase of a run took, in milliseconds, for the report (never for a feed).
struct PhaseTimings {
    private let start = DispatchTime.now().uptimeNanoseconds
    private var last = DispatchTime.now().uptimeNanoseconds
    /// Phase name and milliseconds, in the order the phases ran.
    private(set) var phases: [(name: String, milliseconds: Int)] = []

    /// Ends the phase called `name` now; the next one starts.
    mutating func end(_ name: String) {
        let now = DispatchTime.now().uptimeNanoseconds
        phases.append((name, Int((now - last) / 1_000_000)))
        last = now
    }

    var totalMilliseconds: Int { Int((DispatchTime.now().uptimeNanoseconds - start) / 1_000_000) }
}
