extension FeedEntry {
    /// The provider's own feed, which the entry also appears in: RSS `<source>` and Atom
    /// `<source>` (RFC 4287 §4.2.11), so a reader can attribute the entry and subscribe to it.
    public struct Source: Sendable, Equatable {
        /// The provider feed's title (RSS: "the name of the RSS channel that the item came from").
        public var title: String
        /// The provider feed's RSS document: RSS `<source url>`.
        public var rssURL: String
        /// The provider feed's Atom id.
        public var id: String
        /// The provider feed's Atom document: `<link rel="self">` inside Atom `<source>`.
        public var atomURL: String

        /// Every field as text, for a fingerprint of what an entry's bytes depend on.
        public var fingerprint: String {
            [title, rssURL, id, atomURL].joined(separator: "\u{1F}")
        }
    }
}
