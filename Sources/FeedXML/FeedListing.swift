public import FeedModel

/// One feed as a subscription list or an index page shows it: what it is called, where its
/// files are served, how many entries it holds and how new the newest is.
public struct FeedListing: Sendable, Equatable {
    public var kind: Feed.Kind
    public var title: String
    /// Plain text, as the feed's own `<description>`/`<subtitle>` says it.
    public var description: String
    /// The web page the feed is about (for a provider feed, the provider's site).
    public var homeURL: String
    /// The RSS and Atom files, when they are published (`write.formats` may leave one out).
    public var rssURL: String?
    public var atomURL: String?
    /// A JSON Feed (https://jsonfeed.org/version/1.1) of the same entries, when one is published.
    public var jsonURL: String?
    public var entryCount: Int
    /// The newest entry's `updated`; the epoch for a feed with no entries.
    public var updated: Timestamp

    public init(kind: Feed.Kind, title: String, description: String, homeURL: String, rssURL: String?,
                atomURL: String?, jsonURL: String? = nil, entryCount: Int, updated: Timestamp) {
        self.kind = kind
        self.title = title
        self.description = description
        self.homeURL = homeURL
        self.rssURL = rssURL
        self.atomURL = atomURL
        self.jsonURL = jsonURL
        self.entryCount = entryCount
        self.updated = updated
    }

    /// The listing of a planned feed: no entry needs to be loaded. `withRSS`/`withAtom`:
    /// whether those files are written.
    public init(_ plan: FeedPlan, jsonURL: String? = nil, withRSS: Bool = true, withAtom: Bool = true) {
        self.init(kind: plan.kind, title: plan.title, description: plan.subtitle, homeURL: plan.homeURL,
                  rssURL: withRSS ? plan.rssURL : nil, atomURL: withAtom ? plan.atomURL : nil, jsonURL: jsonURL,
                  entryCount: plan.entryIndices.count, updated: plan.updated)
    }

    /// The short name a list shows: the topic or provider ("AI"), or the title of the feed of
    /// everything ("feedpub"), since the folder or section already says which axis it is on.
    var name: String {
        switch kind {
        case .all: return title
        case .topic(let name), .provider(let name): return name
        }
    }

    /// The file a subscription list points at: RSS when written, else Atom, else JSON Feed.
    var subscriptionURL: String { rssURL ?? atomURL ?? jsonURL ?? homeURL }

    var isAll: Bool { kind == .all }
    var isTopic: Bool { if case .topic = kind { return true } else { return false } }
    var isProvider: Bool { if case .provider = kind { return true } else { return false } }
}
