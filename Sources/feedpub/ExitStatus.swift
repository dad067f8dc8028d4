import ArgumentParser

/// The exit statuses feedpub uses, from BSD's sysexits.h so that cron and shells can tell
/// what happened.
enum ExitStatus {
    /// EX_OK: every input file was published.
    static let ok = ExitCode(0)
    /// EX_USAGE: a wrong option or value (swift-argument-parser uses it for validation errors).
    static let usage = ExitCode(64)
    /// EX_DATAERR: feeds were written, but some input files were rejected.
    static let dataError = ExitCode(65)
    /// EX_NOINPUT: the input folder does not exist or cannot be read.
    static let noInput = ExitCode(66)
    /// EX_CANTCREAT: the output folder (or a folder in it) cannot be created.
    static let cannotCreate = ExitCode(73)
    /// EX_IOERR: a feed file cannot be written.
    static let ioError = ExitCode(74)
    /// EX_SOFTWARE: an internal error (libxml2 failed to write a document).
    static let software = ExitCode(70)
    /// EX_TEMPFAIL: another run holds the output folder; try again later.
    static let tempFail = ExitCode(75)
}
