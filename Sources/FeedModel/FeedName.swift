internal import ByteScan

import Foundation

/// A topic or provider name, and the key it is grouped by.
///
/// Two names are the same feed when they match after trimming, collapsing inner white space,
/// Unicode NFC and lower-casing: "AI", " ai " and "Ａｉ"-free variants of the same spelling meet.
struct FeedName: Hashable, Sendable {
    /// The name as shown (cleaned, NFC).
    let display: String
    /// The grouping key (display, lower-cased).
    let key: String

    /// nil for a name that is empty once cleaned.
    init?(_ raw: String) {
        let collapsed = raw.collapsingWhitespace()
        let cleaned = collapsed.precomposed
        guard !cleaned.isEmpty else { return nil }
        display = cleaned
        key = cleaned.lowerCased
    }

    static func == (lhs: FeedName, rhs: FeedName) -> Bool { lhs.key == rhs.key }
    func hash(into hasher: inout Hasher) { hasher.combine(key) }
}
