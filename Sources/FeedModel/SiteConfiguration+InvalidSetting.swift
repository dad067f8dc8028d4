extension SiteConfiguration {
    /// A setting's value that breaks its rule. The rule is worded once, here and in the setting
    /// types; each caller names the setting its own way (`--base-url`, `'base_url'`).
    public struct InvalidSetting: Error, Equatable {
        /// What the value must be: "must be between 1 and 10000".
        public var rule: String
        /// The refused value as the message shows it: `'ftp://x/'`, or a bare number; nil when
        /// it must not be shown (a password).
        public var value: String?

        /// `<name> <rule>, not <value>`: the one shape of every refused setting.
        public func message(naming name: String) -> String { "\(name) \(rule)" + (value.map { ", not \($0)" } ?? "") }

        /// `value`, unless it is outside `range`.
        static func checking(_ value: Int, in range: ClosedRange<Int>) throws(InvalidSetting) -> Int {
            guard range.contains(value) else {
                throw InvalidSetting(rule: "must be between \(range.lowerBound) and \(range.upperBound)", value: "\(value)")
            }
            return value
        }
    }

    /// The entries of a feed (`--limit`, `entries_per_feed`) and of an archive page
    /// (`--archive-page-size`, `archive_page_size`): at least one, at most 10,000.
    public static let entryCounts = 1...10_000

    /// `count`, unless it is outside `entryCounts`.
    public static func checkedEntryCount(_ count: Int) throws(InvalidSetting) -> Int {
        try InvalidSetting.checking(count, in: entryCounts)
    }
}
