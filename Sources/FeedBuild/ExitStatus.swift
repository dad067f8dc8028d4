/// The exit statuses feedpub uses, from BSD's sysexits.h so that cron and shells can tell
/// what happened.
public enum ExitStatus: Int32, Sendable {
    /// EX_OK: every input file was published.
    case ok = 0
    /// EX_USAGE: a wrong option or value (swift-argument-parser uses it for validation errors).
    case usage = 64
    /// EX_DATAERR: feeds were written, but some input files were rejected.
    case dataError = 65
    /// EX_NOINPUT: the input folder does not exist or cannot be read.
    case noInput = 66
    /// EX_SOFTWARE: an internal error (libxml2 failed to write a document).
    case software = 70
    /// EX_CANTCREAT: the output folder (or a folder in it) cannot be created.
    case cannotCreate = 73
    /// EX_IOERR: a feed file cannot be written.
    case ioError = 74
    /// EX_TEMPFAIL: another run holds the output folder; try again later.
    case tempFail = 75
}
