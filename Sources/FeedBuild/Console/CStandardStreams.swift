#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// The process's stderr and stdout without C's `stderr` and `stdout` globals, which Swift 6
/// cannot prove safe: stderr is unbuffered in C too, so writing its descriptor directly
/// puts out the same bytes in the same order.
enum CStandardStreams {
    /// Writes all of `text` to stderr (errors ignored, as `fwrite` to stderr would be).
    static func writeError(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            var written = 0
            while written < bytes.count {
                let count = write(2, bytes.baseAddress! + written, bytes.count - written)
                if count < 0 && errno == EINTR { continue }
                guard count > 0 else { return }
                written += count
            }
        }
    }

    /// Flushes stdout (`print`'s C stream) and every other C output stream.
    static func flushOutput() { fflush(nil) }
}
