/// How a finished process ended: its exit status and everything it printed.
public struct CommandResult: Sendable {
    public var status: Int32
    public var standardOutput: String
    public var standardError: String

    public init(status: Int32, standardOutput: String, standardError: String) {
        self.status = status
        self.standardOutput = standardOutput
        self.standardError = standardError
    }

    /// Lines of stderr (without the final empty line).
    public var errorLines: [String] { Self.lines(standardError) }
    /// Lines of stdout (without the final empty line).
    public var outputLines: [String] { Self.lines(standardOutput) }

    private static func lines(_ text: String) -> [String] {
        var lines = text.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        return lines
    }
}
