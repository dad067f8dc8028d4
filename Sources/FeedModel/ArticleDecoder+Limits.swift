extension ArticleDecoder {
    /// The documented bounds on one input file, so that no article can exhaust time or memory.
    /// Past a bound a field is cut (with a warning) or the file is rejected, as each says.
    public enum Limits {
        /// Larger files are rejected unread.
        public static let maxFileBytes = 16 << 20
        /// YAML nodes per front matter, aliases expanded (an alias bomb is rejected).
        static let maxYAMLNodes = 100_000
        /// Lists and mappings nested deeper are rejected.
        static let maxYAMLDepth = 64
        /// Title, topic, provider, category and link-title length in characters; longer is cut.
        static let maxNameCharacters = 1_000
        /// Excerpt length in characters; longer is cut.
        static let maxExcerptCharacters = 20_000
        /// Markdown body length in bytes; longer is cut at a line end.
        static let maxBodyBytes = 1 << 20
        /// Topics, images and related articles kept per article; the rest are dropped.
        static let maxTopics = 100
        static let maxImages = 20
        static let maxRelated = 50
    }
}
