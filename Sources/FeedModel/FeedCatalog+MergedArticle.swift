extension FeedCatalog {
    /// One entry-to-be: the articles sharing a URL, merged.
    ///
    /// The rule: the newest version wins (latest `publishedDateTime`; on a tie, the first file
    /// in path order) and gives every field; `published` becomes the earliest date and `updated`
    /// the latest; topics are the union, the winner's first, then the others' in path order.
    public struct MergedArticle: Sendable, Equatable {
        private var storage: Storage

        /// Where the fields are. Nearly every URL comes from one file, whose summary the run
        /// keeps anyway: holding it costs a retain, where fields of its own cost a box and two
        /// one-element arrays per article. Several files, or a change to a field,
        /// give the article fields of its own.
        private enum Storage: Sendable {
            /// One file's article: its fields are the summary's (`Fields(single:)`), its file's
            /// position the summary's `sourceIndex`.
            case single(ArticleSummary)
            /// The fields, shared by copies until one is changed (`SharedFields`): a catalog kept
            /// by a watch is copied whole on every rebuild. The files' `ArticleSummary.sourceIndex`,
            /// in the order of `sourcePaths`, kept apart: a watch renumbers them in copies that
            /// share the fields with the last catalog.
            case merged(SharedFields<Fields>, sourceIndices: [Int])
        }

        public var url: String {
            get { switch storage { case .single(let summary): summary.url; case .merged(let shared, _): shared.fields.url } }
            _modify { yield &fields.url }
        }
        /// The file whose fields the entry shows.
        public var winnerPath: String {
            get { switch storage { case .single(let summary): summary.sourcePath; case .merged(let shared, _): shared.fields.winnerPath } }
            _modify { yield &fields.winnerPath }
        }
        /// Every file with this URL, the winner included, in path order. A single file's article
        /// makes the array on each read: loops over the files use `sourceCount` and `forEachSourceIndex`.
        public var sourcePaths: [String] {
            get { switch storage { case .single(let summary): [summary.sourcePath]; case .merged(let shared, _): shared.fields.sourcePaths } }
            _modify { yield &fields.sourcePaths }
        }
        public var publishedAt: Timestamp {
            get { switch storage { case .single(let summary): summary.publishedAt; case .merged(let shared, _): shared.fields.publishedAt } }
            _modify { yield &fields.publishedAt }
        }
        public var updatedAt: Timestamp {
            get { switch storage { case .single(let summary): summary.publishedAt; case .merged(let shared, _): shared.fields.updatedAt } }
            _modify { yield &fields.updatedAt }
        }
        public var topics: [String] {
            get { switch storage { case .single(let summary): summary.topics; case .merged(let shared, _): shared.fields.topics } }
            _modify { yield &fields.topics }
        }
        public var providerName: String? {
            get { switch storage { case .single(let summary): summary.providerName; case .merged(let shared, _): shared.fields.providerName } }
            _modify { yield &fields.providerName }
        }
        public var providerDomain: String? {
            get { switch storage { case .single(let summary): summary.providerDomain; case .merged(let shared, _): shared.fields.providerDomain } }
            _modify { yield &fields.providerDomain }
        }
        /// The winner's provider logo (`provider.images`).
        public var providerLogo: Article.Image? {
            get { switch storage { case .single(let summary): summary.providerLogo; case .merged(let shared, _): shared.fields.providerLogo } }
            _modify { yield &fields.providerLogo }
        }
        /// The winner's `quality`, `heat`, language and keywords (`ArticleSummary.keywords`): what custom feeds select by.
        public var quality: Int? {
            get { switch storage { case .single(let summary): summary.quality; case .merged(let shared, _): shared.fields.quality } }
            _modify { yield &fields.quality }
        }
        public var heat: Int? {
            get { switch storage { case .single(let summary): summary.heat; case .merged(let shared, _): shared.fields.heat } }
            _modify { yield &fields.heat }
        }
        /// The language as a BCP 47 tag (`ArticleSummary.language`), after `feedpub.yml`'s
        /// provider and topic overrides; nil when unknown.
        public var language: String? {
            get { switch storage { case .single(let summary): summary.language; case .merged(let shared, _): shared.fields.language } }
            _modify { yield &fields.language }
        }
        public var keywords: KeywordBits {
            get { switch storage { case .single(let summary): summary.keywords; case .merged(let shared, _): shared.fields.keywords } }
            _modify { yield &fields.keywords }
        }

        /// Their `ArticleSummary.sourceIndex`, in the order of `sourcePaths`. A single file's
        /// article makes the array on each read: see `sourcePaths`.
        public var sourceIndices: [Int] {
            switch storage {
            case .single(let summary): [summary.sourceIndex]
            case .merged(_, let indices): indices
            }
        }
        /// The summary of a one-file article holding its file's fields as they came; nil for
        /// an article of several files, or whose fields were changed since.
        var singleSummary: ArticleSummary? {
            if case let .single(summary) = storage { summary } else { nil }
        }

        /// How many files give this URL; more than one makes a duplicate warning.
        public var sourceCount: Int {
            switch storage {
            case .single: 1
            case .merged(_, let indices): indices.count
            }
        }
        /// The `sourceIndex` of the file whose fields the entry shows (`winnerPath`'s).
        public var winnerSourceIndex: Int {
            switch storage {
            case .single(let summary): summary.sourceIndex
            case .merged(let shared, let indices): indices[shared.fields.sourcePaths.firstIndex(of: shared.fields.winnerPath) ?? 0]
            }
        }

        /// The `sourceIndex` of the file at `path`, nil when it is not one of this article's.
        public func sourceIndex(ofPath path: String) -> Int? {
            switch storage {
            case .single(let summary): summary.sourcePath == path ? summary.sourceIndex : nil
            case .merged(let shared, let indices): shared.fields.sourcePaths.firstIndex(of: path).map { indices[$0] }
            }
        }

        /// Calls `body` with each file's `sourceIndex`, in path order, without making `sourceIndices`.
        public func forEachSourceIndex(_ body: (Int) throws -> Void) rethrows {
            switch storage {
            case .single(let summary): try body(summary.sourceIndex)
            case .merged(_, let indices): for index in indices { try body(index) }
            }
        }

        /// Gives each file its new `sourceIndex`, `renumbered[old]`, as a watch does to the
        /// articles it keeps when files come and go. A single file's article changes only its
        /// summary's `sourceIndex`, outside the summary's shared fields: nothing is copied.
        public mutating func renumberSources(_ renumbered: [Int]) {
            switch storage {
            case .single(let summary): guard renumbered[summary.sourceIndex] != summary.sourceIndex else { return }
            case .merged(_, let indices): guard indices.contains(where: { renumbered[$0] != $0 }) else { return }
            }
            // Taken out of `storage` rather than copied out of it: a copy retained (and the
            // assignment back released) the summary's box, on memory scattered over a gigabyte,
            // for half a million articles when a file early in path order goes.
            var taken = Self.vacant.storage
            swap(&taken, &storage)
            switch consume taken {
            case .single(var summary):
                summary.sourceIndex = renumbered[summary.sourceIndex]
                storage = .single(summary)
            case .merged(let shared, let indices):
                storage = .merged(shared, sourceIndices: indices.map { renumbered[$0] })
            }
        }

        /// What an article moved out of an array leaves in its place (`CatalogArticles.replace`),
        /// and `renumberSources` in `storage` for a moment: one object, shared by every copy.
        static let vacant = MergedArticle(url: "", winnerPath: "", sourcePaths: [], sourceIndices: [], publishedAt: .epoch,
                                          updatedAt: .epoch, topics: [], providerName: nil, providerDomain: nil)

        public init(url: String, winnerPath: String, sourcePaths: [String], sourceIndices: [Int], publishedAt: Timestamp,
                    updatedAt: Timestamp, topics: [String], providerName: String?, providerDomain: String?,
                    providerLogo: Article.Image? = nil, quality: Int? = nil, heat: Int? = nil, language: String? = nil,
                    keywords: KeywordBits = KeywordBits()) {
            let fields = Fields(url: url, winnerPath: winnerPath, sourcePaths: sourcePaths, publishedAt: publishedAt, updatedAt: updatedAt,
                                topics: topics, providerName: providerName, providerDomain: providerDomain, providerLogo: providerLogo,
                                quality: quality, heat: heat, language: language, keywords: keywords)
            storage = .merged(SharedFields(fields), sourceIndices: sourceIndices)
        }

        /// The article of one file: equal to the one `init` makes of `Fields(single: summary)`
        /// and `[summary.sourceIndex]`, but holding `summary` itself, whose fields it shares.
        init(single summary: ArticleSummary) {
            storage = .single(summary)
        }

        private init(storage: Storage) {
            self.storage = storage
        }

        /// Equal when every field and `sourceIndices` are, however they are held: a watch's
        /// updated catalog must equal one built afresh.
        public static func == (a: MergedArticle, b: MergedArticle) -> Bool {
            a.sourceIndices == b.sourceIndices && a.fields == b.fields
        }

        /// Every field, as a merged article holds them. Changing one gives a single file's
        /// article fields of its own first: its summary's are not the article's to change.
        private var fields: Fields {
            get {
                switch storage {
                case .single(let summary): Fields(single: summary)
                case .merged(let shared, _): shared.fields
                }
            }
            _modify {
                // Taken out of `self`, so that the fields' box is not shared with it and changes in place.
                var (shared, sourceIndices) = Self.ownFields(consume self)
                defer { self = MergedArticle(storage: .merged(shared, sourceIndices: sourceIndices)) }
                yield &shared.fields
            }
        }

        /// `article`'s fields and source positions, as a merged article holds them.
        private static func ownFields(_ article: consuming MergedArticle) -> (SharedFields<Fields>, [Int]) {
            switch article.storage {
            case .single(let summary): (SharedFields(Fields(single: summary)), [summary.sourceIndex])
            case .merged(let shared, let indices): (shared, indices)
            }
        }

        fileprivate struct Fields: Sendable, Equatable {
            var url: String
            var winnerPath: String
            var sourcePaths: [String]
            var publishedAt: Timestamp
            var updatedAt: Timestamp
            var topics: [String]
            var providerName: String?
            var providerDomain: String?
            var providerLogo: Article.Image?
            var quality: Int?
            var heat: Int?
            var language: String?
            var keywords: KeywordBits
        }

        /// The winner's full article with the merged dates and topics.
        public func applied(to winner: Article) -> Article {
            var article = winner
            article.publishedAt = publishedAt
            article.updatedAt = updatedAt
            article.topics = topics
            article.language = language
            return article
        }
    }
}

extension FeedCatalog.MergedArticle.Fields {
    /// One file's fields: it is the winner and the only file, both dates are its `publishedAt`,
    /// and every other field is its summary's.
    fileprivate init(single summary: ArticleSummary) {
        self.init(url: summary.url, winnerPath: summary.sourcePath, sourcePaths: [summary.sourcePath], publishedAt: summary.publishedAt,
                  updatedAt: summary.publishedAt, topics: summary.topics, providerName: summary.providerName,
                  providerDomain: summary.providerDomain, providerLogo: summary.providerLogo, quality: summary.quality,
                  heat: summary.heat, language: summary.language, keywords: summary.keywords)
    }
}
