public import FeedModel

/// A syndication partner's published feed requirements, as rules measured in a rendered feed
/// document; the sources and what feedpub's data cannot meet are in docs/partner-profiles.md.
public struct PartnerProfile: Sendable {
    public let name: PartnerProfileName
    /// The formats the partner reads: only these documents are checked (no partner reads JSON Feed).
    public let formats: Set<FeedFormat>
    let rules: [ProfileRule]

    /// The profile called `name`.
    public static func named(_ name: PartnerProfileName) -> PartnerProfile {
        switch name {
        case .googleNews: return googleNews
        case .appleNews: return appleNews
        case .flipboard: return flipboard
        case .feedburner: return feedburner
        }
    }

    /// Every rule this profile breaks in `bytes`, a rendered document in `format` published at
    /// `path`; none when the partner does not read `format`.
    public func check(_ bytes: [UInt8], format: FeedFormat, path: String) -> [ProfileFinding] {
        guard formats.contains(format) else { return [] }
        guard let facts = FeedFacts(parsing: bytes, format: format) else {
            return [ProfileFinding(path: path, profile: name, rule: "well-formed", message: "not a well-formed \(format == .rss ? "RSS" : "Atom") document",
                                   measured: .text("not well-formed"), limit: .text("well-formed XML"), source: Self.xmlSpecification)]
        }
        return rules.compactMap { rule in
            guard let measured = rule.measure(facts), rule.fails(measured) else { return nil }
            return ProfileFinding(path: path, profile: name, rule: rule.id, message: rule.message(measured),
                                  measured: measured, limit: rule.limit, source: rule.source)
        }
    }

    /// Every partner asks for a document its parser reads (XML 1.0 well-formedness).
    static let xmlSpecification = "https://www.w3.org/TR/xml/#sec-well-formed"
}

extension PartnerProfile {
    /// The rules' names, in the order they are checked and reported.
    public var ruleNames: [String] { rules.map(\.id) }
}
