/// A feed before its entries are loaded: its header and which articles it shows. Its header's
/// fields read as its own (`plan.directory`).
@dynamicMemberLookup
public struct FeedPlan: Sendable, Equatable {
    public var header: FeedHeader
    /// Indices into `FeedCatalog.articles`, newest first.
    public var entryIndices: [Int]
    /// The formats this feed is written in when it chooses its own (a custom feed's `formats:`);
    /// nil: the site's.
    public var formats: Set<FeedFormat>? = nil

    /// A header field, read as the plan's own.
    public subscript<Value>(dynamicMember field: KeyPath<FeedHeader, Value>) -> Value { header[keyPath: field] }

    /// Everything about the feed except its entries, in one string: two runs whose plans give
    /// the same text and the same entry files render the same bytes. Its text is what the
    /// cache remembers (hashed), so it keeps its words: the RSS and Atom URLs, archive folders as URLs.
    /// A custom feed's profile and formats are added only when set, so other feeds' texts stay as they were.
    public var fingerprint: String {
        let header = header
        let archive = header.archive.map { archive in
            func folder(_ directory: String?) -> String { directory.map(header.folderURL) ?? "" }
            return "\(archive.isPage) \(folder(archive.current)) \(folder(archive.previous)) \(folder(archive.next))"
        }
        var fields: [String] = [String(describing: header.kind), header.title, header.subtitle, header.directory, header.url(of: .rss),
                header.url(of: .atom), header.homeURL, header.language ?? "", String(header.updated.secondsSinceEpoch),
                header.generator.name, header.generator.version, header.hubURL ?? "", archive ?? "",
                header.refresh.map { "ttl \($0.minutes)" } ?? "", header.icon ?? "",
                header.logo.map { "\($0.url) \($0.width ?? 0) \($0.height ?? 0)" } ?? ""]
        if let profile = header.profile { fields.append("profile " + profile.rawValue) }
        if let formats { fields.append("formats " + FeedFormat.allCases.filter(formats.contains).map(\.rawValue).joined(separator: " ")) }
        return fields.joined(separator: "\u{1F}")
    }
}
