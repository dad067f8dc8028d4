extension ArticleDecoder {
    /// Why an input file was rejected: one line, for the operator, naming the field or line.
    public struct Problem: Error, Equatable, Sendable, CustomStringConvertible {
        public var reason: String

        /// A rejection for `reason`.
        public init(_ reason: String) { self.reason = reason }

        public var description: String { reason }
    }
}
