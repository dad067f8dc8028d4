/// How often a reader should poll one feed, from the feed's own cadence: RSS `<ttl>` and the
/// RSS 1.0 syndication module's `sy:updatePeriod`/`sy:updateFrequency`.
///
/// The interval is the median gap between the feed's newest `sampleSize` entries (their
/// `updated`), clamped to 15 minutes … 1 day. It reads only entry dates, never the clock, so
/// unchanged input gives the same hint on any day.
public struct RefreshHint: Sendable, Equatable {
    /// Minutes between polls, 15…1440: RSS `<ttl>`.
    public let minutes: Int

    /// How many of the newest entries the median gap is taken over.
    public static let sampleSize = 10
    public static let shortest = 15
    public static let longest = 24 * 60

    /// The hint for `minutes` between polls, clamped.
    public init(minutes: Int) { self.minutes = min(max(minutes, Self.shortest), Self.longest) }

    /// The hint for a feed whose entries were updated at `dates`, newest first: the median of
    /// the gaps between the newest `sampleSize` (an even count's lower middle one, so every
    /// value is a real gap), whole minutes rounded down; with fewer than two entries, 1 day.
    public init(newestFirst dates: some Collection<Timestamp>) {
        let sample = dates.prefix(Self.sampleSize).map(\.secondsSinceEpoch)
        guard sample.count >= 2 else {
            self.init(minutes: Self.longest)
            return
        }
        let gaps = zip(sample, sample.dropFirst()).map { newer, older in abs(newer - older) }.sorted()
        self.init(minutes: Int(gaps[(gaps.count - 1) / 2] / 60))
    }

    /// `sy:updatePeriod`: hourly for a poll at least once an hour, else daily.
    public var updatePeriod: String { minutes <= 60 ? "hourly" : "daily" }

    /// `sy:updateFrequency`: polls per `updatePeriod`, rounded down, at least 1.
    public var updateFrequency: Int { max(1, (minutes <= 60 ? 60 : Self.longest) / minutes) }
}
