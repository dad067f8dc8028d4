extension FeedOverrides {
    /// One feed's settings from `feedpub.yml`.
    public struct Override: Sendable, Equatable {
        /// The whole feed title, in place of "<name> — <site title>".
        public var title: String?
        /// RSS `<description>`, Atom `<subtitle>`.
        public var description: String?
        /// The feed's folder name under `topics/` or `providers/`.
        public var slug: String?

        public init(title: String? = nil, description: String? = nil, slug: String? = nil) {
            self.title = title
            self.description = description
            self.slug = slug
        }
    }
}
