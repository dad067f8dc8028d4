#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// Where feedpub talks: one summary line on stdout, problems on stderr, one line each.
///
/// In the engine because the progress line is drawn from the engine's threads: every line
/// on stderr blanks it first, under the same lock, so nothing is printed into its middle.
public enum Console {
    /// Prints `feedpub: error: <message>` on stderr.
    public static func error(_ message: String) { standardError("feedpub: error: \(oneLine(message))\n") }
    /// Prints `feedpub: warning: <message>` on stderr.
    public static func warning(_ message: String) { standardError("feedpub: warning: \(oneLine(message))\n") }

    /// Control characters (a line break in a file name or a quoted value) shown as escapes, so
    /// that every problem stays one line and no input can forge a line of its own; the bytes of
    /// a file name that is not UTF-8 as `\xE9`.
    static func oneLine(_ message: String) -> String {
        guard message.unicodeScalars.contains(where: { isControl($0) || FileName.isByte($0) }) else { return message }
        var out = ""
        for scalar in message.unicodeScalars {
            switch scalar {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where isControl(scalar): out += "\\u{" + String(scalar.value, radix: 16) + "}"
            case _ where FileName.isByte(scalar): out += FileName.escape(scalar)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0x2028 || scalar.value == 0x2029
    }

    /// Writes `text` on stderr as is, the progress line blanked first.
    static func standardError(_ text: String) {
        guard let progress = ProgressLine.current else {
            CStandardStreams.writeError(text)
            return
        }
        progress.whileCleared { CStandardStreams.writeError(text) }
    }

    /// Prints `line` on stdout and flushes it.
    public static func standardOutput(_ line: String) {
        print(line)
        CStandardStreams.flushOutput()
    }
}
