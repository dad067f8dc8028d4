extension ArticleDecoder {
    /// What an article produced besides itself: warnings about fields dropped or cut.
    public struct Warning: Equatable, Sendable, CustomStringConvertible {
        public var message: String

        /// A warning saying `message`.
        public init(_ message: String) { self.message = message }

        public var description: String { message }
    }
}
