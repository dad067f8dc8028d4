/// What a run publishes under: where, named how, how many entries per feed.
public struct SiteConfiguration: Sendable, Equatable {
    /// Absolute http(s) URL where the output folder is served, ending in `/`.
    public var baseURL: String
    /// Appended to every feed title: "AI — feedpub".
    public var title: String
    /// BCP 47 tag written as the feeds' language, when set.
    public var language: String?
    /// Newest entries kept per feed.
    public var entryLimit: Int
    public var generator: FeedHeader.Generator
    /// Entries per RFC 5005 archive page; nil keeps no archive (entries past `entryLimit` drop out).
    public var archivePageSize: Int?
    /// WebSub hub every feed advertises (`rel="hub"`), when set.
    public var hubURL: String?

    public static let defaultBaseURL = "https://feeds.example.org/"
    public static let defaultTitle = "feedpub"
    public static let defaultEntryLimit = 50
    public static let version = "0.1.0"

    public init(baseURL: String = defaultBaseURL, title: String = defaultTitle, language: String? = nil,
                entryLimit: Int = defaultEntryLimit, hubURL: String? = nil,
                archivePageSize: Int? = nil) {
        self.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
        self.title = title
        self.language = language
        self.entryLimit = entryLimit
        self.hubURL = hubURL
        self.archivePageSize = archivePageSize
        self.generator = FeedHeader.Generator(name: "feedpub", version: Self.version)
    }

    /// Absolute URL of a path inside the output folder.
    public func url(_ path: String) -> String { baseURL + path }
}

extension SiteConfiguration {
    /// A BCP 47 language tag's shape (RFC 5646 §2.1, loosely): `en`, `pt-BR`, `zh-Hant-TW`.
    public static func isLanguageTag(_ tag: String) -> Bool {
        let parts = tag.split(separator: "-", omittingEmptySubsequences: false)
        guard let primary = parts.first, (2...3).contains(primary.count),
              primary.allSatisfy({ $0.isASCII && $0.isLetter }) else { return false }
        return parts.dropFirst().allSatisfy { part in
            (1...8).contains(part.count) && part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
        }
    }
}
