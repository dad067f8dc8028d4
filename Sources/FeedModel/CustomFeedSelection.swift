/// The rules of one custom feed: an article is in the feed when every rule given holds. A list
/// holds when any of its items does, except `topicsAll`, whose items must all hold. An empty
/// list is no rule (the decoder refuses empty lists, so an editor never writes one by mistake).
public struct CustomFeedSelection: Sendable, Equatable {
    /// At least one of these topics (compared like feed names).
    public var topicsAny: [String] = []
    /// Every one of these topics.
    public var topicsAll: [String] = []
    /// The provider's name (compared like feed names) or its domain (any case).
    public var providers: [String] = []
    /// BCP 47 tags; `en` matches `en` and `en-IN`, `en-IN` only `en-IN` (any case).
    public var languages: [String] = []
    /// At least one of these, as a whole word or phrase, in the title or the excerpt.
    public var keywordsAny: [String] = []
    /// None of these, as a whole word or phrase, in the title or the excerpt.
    public var keywordsNone: [String] = []
    /// `quality` at least this; articles without quality are out.
    public var minQuality: Int?
    /// `heat` at least this; articles without heat are out.
    public var minHeat: Int?
    /// Updated at most this many days before the newest article.
    public var maxAgeDays: Int?

    public init() {}
}
