/// Why an input file was rejected: one line, for the operator, naming the field or line.
public struct ArticleProblem: Error, Equatable, Sendable, CustomStringConvertible {
    public var reason: String

    public init(_ reason: String) { self.reason = reason }

    public var description: String { reason }
}

/// What an article produced besides itself: warnings about fields dropped or cut.
public struct ArticleWarning: Equatable, Sendable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }
}
