import Dispatch

/// Wall time of a run, for the summary line only (never written into a feed).
struct Stopwatch {
    private let start = DispatchTime.now().uptimeNanoseconds

    var elapsedText: String {
        let hundredths = (DispatchTime.now().uptimeNanoseconds - start) / 10_000_000
        let fraction = hundredths % 100
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction) s"
    }
}
