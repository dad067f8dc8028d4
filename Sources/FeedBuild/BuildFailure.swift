/// Why a run stopped: the one line printed after `feedpub: error: `, and the exit status.
///
/// Stages throw it instead of printing; the command prints it and exits in one place.
public struct BuildFailure: Error, Equatable {
    /// The exit status the run ends with.
    public var status: ExitStatus
    /// The line's text: the path and the reason.
    public var message: String

    /// A failure with its status and message.
    public init(_ status: ExitStatus, _ message: String) {
        self.status = status
        self.message = message
    }

    /// A write into a folder that failed: 73 when a folder could not be made, else 74.
    init(_ failure: OutputFolder.Failure) {
        self.init(failure.kind == .cannotCreate ? .cannotCreate : .ioError, failure.message)
    }
}
