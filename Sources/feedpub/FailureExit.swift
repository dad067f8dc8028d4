import ArgumentParser
import FeedBuild

/// The one place a run's end becomes an exit status: a failure is printed as one line on
/// stderr, and any status but 0 ends the process with it.
enum FailureExit {
    /// Runs `command`; `progress`, when shown still after a failure, is finished once the failure is printed.
    static func run(finishing progress: ProgressLine? = nil, _ command: () throws(BuildFailure) -> ExitStatus) throws {
        let status: ExitStatus
        do {
            status = try command()
        } catch {
            Console.error(error.message)
            progress?.finish()
            status = error.status
        }
        if status != .ok { throw ExitCode(status.rawValue) }
    }
}
