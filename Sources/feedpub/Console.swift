#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// Where feedpub talks: one summary line on stdout, problems on stderr, one line each.
enum Console {
    static func error(_ message: String) { standardError("feedpub: error: \(message)\n") }
    static func warning(_ message: String) { standardError("feedpub: warning: \(message)\n") }

    static func standardError(_ text: String) {
        var text = text
        text.withUTF8 { _ = fwrite($0.baseAddress, 1, $0.count, stderr) }
    }

    static func standardOutput(_ line: String) {
        print(line)
        fflush(stdout)
    }
}
