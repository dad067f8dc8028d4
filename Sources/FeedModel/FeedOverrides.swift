/// What an editor says about named feeds in `feedpub.yml`: their title, description and slug.
struct FeedOverrides: Sendable, Equatable {
    /// Per topic name as written in the configuration; matched like topics are (`FeedName`).
    var topics: [String: Override] = [:]
    /// Per provider name or domain; matched like provider names, or a domain in any case.
    var providers: [String: Override] = [:]
    /// The feed of all articles' description.
    var allDescription: String?

    init() {}

    var isEmpty: Bool { topics.isEmpty && providers.isEmpty && allDescription == nil }

    func topic(_ name: String) -> Override? { Self.find(name, in: topics) }

    func provider(_ name: String, domain: String?) -> Override? {
        if let found = Self.find(name, in: providers) { return found }
        guard let domain = domain?.lowercased() else { return nil }
        return providers.first { $0.key.lowercased() == domain }?.value
    }

    private static func find(_ name: String, in table: [String: Override]) -> Override? {
        guard !table.isEmpty, let key = FeedName(name) else { return nil }
        return table.first { FeedName($0.key) == key }?.value
    }
}
