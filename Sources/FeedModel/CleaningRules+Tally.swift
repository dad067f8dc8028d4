extension CleaningRules {
    /// The articles these rules clean, by source path: titles cleaned and summaries dropped.
    public struct Tally: Sendable, Equatable {
        /// Articles whose title loses its provider's name.
        public var titles: [String] = []
        /// Articles whose summary falls back.
        public var summaries: [String] = []

        /// The paths of the articles cleaned; none by default.
        public init(titles: [String] = [], summaries: [String] = []) {
            self.titles = titles
            self.summaries = summaries
        }
    }

    /// What these rules do to `articles`, from the findings pass 1 kept (no article re-read).
    public func tally(_ articles: [ArticleSummary]) -> Tally {
        var tally = Tally()
        for article in articles {
            if cleansTitle(article.cleaning) { tally.titles.append(article.sourcePath) }
            if dropsSummary(article.cleaning) { tally.summaries.append(article.sourcePath) }
        }
        return tally
    }
}
