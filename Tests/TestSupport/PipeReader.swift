import Foundation

/// Reads a pipe to its end on another thread.
///
/// `@unchecked Sendable`: `data` is written once on the reading thread before `done` is
/// signalled, and read only after `wait()` has seen that signal.
final class PipeReader: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ pipe: Pipe) {
        let handle = pipe.fileHandleForReading
        DispatchQueue.global().async {
            self.data = handle.readDataToEndOfFile()
            self.done.signal()
        }
    }

    func wait() -> Data {
        done.wait()
        return data
    }
}
