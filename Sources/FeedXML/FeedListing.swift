public import FeedModel

/// One feed as a subscription list or an index page shows it: its header (what it is called,
/// where its files are served, how new the newest entry is), which of its files are published
/// and how many entries they hold. Its header's fields read as its own (`listing.title`).
@dynamicMemberLookup
public struct FeedListing: Sendable, Equatable {
    public let header: FeedHeader
    /// The formats whose files are published (`write.formats` may leave some out).
    public let formats: Set<FeedFormat>
    public var entryCount: Int
    /// Each published file's URL, in `FeedFormat.allCases` order: built once, read by every list.
    private let urls: [String?]

    /// The listing of a planned feed, published in `formats`: no entry needs to be loaded.
    public init(_ plan: FeedPlan, formats: Set<FeedFormat>) {
        self.init(header: plan.header, formats: formats, entryCount: plan.entryIndices.count)
    }

    init(header: FeedHeader, formats: Set<FeedFormat>, entryCount: Int) {
        self.header = header
        self.formats = formats
        self.entryCount = entryCount
        urls = Self.urls(of: header, in: formats)
    }

    private static func urls(of header: FeedHeader, in formats: Set<FeedFormat>) -> [String?] {
        order.map { formats.contains($0) ? header.url(of: $0) : nil }
    }

    /// `FeedFormat.allCases`, made once: every list reads each listing's URLs.
    private static let order = FeedFormat.allCases

    /// A header field, read as the listing's own.
    public subscript<Value>(dynamicMember field: KeyPath<FeedHeader, Value>) -> Value { header[keyPath: field] }

    /// Where the file in `format` is served, when it is published.
    func url(of format: FeedFormat) -> String? {
        urls[Self.order.firstIndex(of: format)!]
    }

    /// The short name a list shows: the topic or provider ("AI"), or the title of the feed of
    /// everything ("feedpub") or of a custom feed, since the folder or section already says which axis it is on.
    var name: String {
        switch header.kind {
        case .all, .custom: return header.title
        case .topic(let name), .provider(let name): return name
        case .language(let tag): return FeedCatalog.languageName(tag)
        }
    }

    /// The file a subscription list points at: the first format published (RSS, else Atom,
    /// else JSON Feed), else the home page.
    var subscriptionURL: String { urls.lazy.compactMap { $0 }.first ?? header.homeURL }

    var isAll: Bool { header.kind == .all }
    var isTopic: Bool { if case .topic = header.kind { return true } else { return false } }
    var isProvider: Bool { if case .provider = header.kind { return true } else { return false } }
    /// A feed defined by rules (`feeds:` in feedpub.yml).
    public var isCustom: Bool { if case .custom = header.kind { return true } else { return false } }
    var isLanguage: Bool { if case .language = header.kind { return true } else { return false } }
}
