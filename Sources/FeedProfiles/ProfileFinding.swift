public import FeedModel
import Foundation

/// A rule of a partner profile that a feed document breaks, with the measured value and the limit.
public struct ProfileFinding: Sendable, Equatable {
    /// The document's path inside the output folder: `providers/jagran/rss.xml`.
    public var path: String
    public var profile: PartnerProfileName
    /// The rule's name: `file-size`, `item-count`, ….
    public var rule: String
    /// What is wrong, after the profile's name: `file 2.4 MB > 2 MB`.
    public var message: String
    public var measured: ProfileValue
    public var limit: ProfileValue
    /// The partner's page that states the rule.
    public var source: String

    /// The warning line's text: `providers/jagran/rss.xml: google-news: file 2.4 MB > 2 MB`.
    public var line: String { "\(path): \(profile.rawValue): \(message)" }

    /// As `check --format json` and `--report` list it.
    public var json: [String: Any] {
        var object: [String: Any] = [
            "path": path, "profile": profile.rawValue, "rule": rule, "message": message,
            "measured": measured.jsonValue, "limit": limit.jsonValue, "source": source,
        ]
        if let unit = limit.unit { object["unit"] = unit }
        return object
    }
}
