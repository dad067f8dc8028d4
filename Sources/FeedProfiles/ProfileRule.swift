/// One requirement of a partner, as data: what it measures in a feed document, how that compares
/// with the limit, and the partner's page that states it.
struct ProfileRule: Sendable {
    /// How the measured value must stand to the limit.
    enum Comparison: Sendable {
        /// At most the limit: `file 2.4 MB > 2 MB` when over.
        case atMost
        /// At least the limit: `items 12 < 30` when under.
        case atLeast
        /// There at all: `channel title missing`.
        case present
        /// A BCP 47 tag with a region subtag (`en-IN`, not `en`).
        case languageWithRegion
        /// Exactly the limit's text, ignoring case (`UTF-8`).
        case equalsIgnoringCase
    }

    /// The JSON name: `file-size`, `item-count`, ….
    var id: String
    /// What the finding line calls the measured thing: `file`, `items`, `items without a date`.
    var label: String
    var comparison: Comparison
    var limit: ProfileValue
    /// The partner's page that states the rule.
    var source: String
    /// The measured value; nil means the rule does not apply to this document.
    var measure: @Sendable (FeedFacts) -> ProfileValue?

    /// Whether `measured` breaks the rule.
    func fails(_ measured: ProfileValue) -> Bool {
        switch (comparison, measured, limit) {
        case let (.atMost, .bytes(value), .bytes(limit)), let (.atMost, .count(value), .count(limit)),
             let (.atMost, .characters(value), .characters(limit)):
            return value > limit
        case let (.atLeast, .bytes(value), .bytes(limit)), let (.atLeast, .count(value), .count(limit)),
             let (.atLeast, .characters(value), .characters(limit)):
            return value < limit
        case (.present, .missing, _): return true
        case (.present, _, _): return false
        case let (.languageWithRegion, .text(tag), _): return !Self.hasRegion(tag)
        case (.languageWithRegion, _, _): return true
        case let (.equalsIgnoringCase, .text(text), .text(limit)): return text.lowercased() != limit.lowercased()
        default: return true
        }
    }

    /// The finding's text after the profile name: `file 2.4 MB > 2 MB`.
    func message(_ measured: ProfileValue) -> String {
        switch comparison {
        case .atMost, .atLeast:
            var shown = measured.description
            if case let .bytes(bytes) = measured, shown == limit.description { shown = "\(bytes) bytes" }
            return "\(label) \(shown) \(comparison == .atMost ? ">" : "<") \(limit.description)"
        case .present:
            return "\(label) missing"
        case .languageWithRegion:
            return measured == .missing ? "\(label) missing, expected language-REGION (e.g. en-IN)"
                : "\(label) \(measured.description) has no region, expected language-REGION (e.g. en-IN)"
        case .equalsIgnoringCase:
            return "\(label) \(measured.description) is not \(limit.description)"
        }
    }

    /// A region subtag after the language (RFC 5646 §2.2.4): two letters or three digits, after
    /// an optional four-letter script (`zh-Hant-TW`).
    static func hasRegion(_ tag: String) -> Bool {
        let subtags = tag.split(separator: "-", omittingEmptySubsequences: false).dropFirst()
        return subtags.prefix(2).contains { subtag in
            (subtag.count == 2 && subtag.allSatisfy { $0.isASCII && $0.isLetter })
                || (subtag.count == 3 && subtag.allSatisfy { $0.isASCII && $0.isNumber })
        }
    }
}
