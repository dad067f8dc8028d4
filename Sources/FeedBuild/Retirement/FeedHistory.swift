import FeedModel

/// Where each feed has been published, kept in the output folder as `.feedpub/feeds` so that
/// it lasts exactly as long as the published files do (a run without the cache reads it too).
///
/// A feed is known by its axis and name (`topic("ai")`), not by its folder: the same feed
/// under a new folder has moved (its old folders answer 301), a feed no longer produced is
/// retired (kept, marked expired) until `retired_feeds.keep_days` have passed, then its
/// folders are gone (410). One line per feed or gone folder, sorted, so unchanged input
/// leaves the file byte for byte as it was.
struct FeedHistory: Equatable {
    static let path = ".feedpub/feeds"
    private static let header = "# Where feedpub published each feed, for its 301 and 410 lists. Do not edit."

    /// One feed's folder now, and the folders it was published under before.
    struct Feed: Equatable {
        var folder: String
        /// The newest article's time (seconds since the epoch) in the run that found the feed
        /// gone; nil while it is produced.
        var retiredAt: Int64?
        /// Earlier folders, sorted: each answers 301 to `folder` while the feed exists.
        var formerFolders: [String] = []
    }

    /// By axis and name.
    var feeds: [String: Feed] = [:]
    /// Folders of feeds retired past their grace period, sorted: each answers 410.
    var gone: [String] = []

    init() {}

    /// The identity a feed keeps across slugs: its axis and its name, case folded.
    /// Spelled as Swift prints the kind (`String(describing:)`, the name as a string literal),
    /// which the record has always used; built directly, as reflecting it cost 30,000
    /// instructions a feed on every run.
    static func key(of kind: FeedHeader.Kind) -> String {
        switch kind {
        case .all: "all"
        case let .topic(name): "topic(\(name.debugDescription))".lowercased()
        case let .provider(name): "provider(\(name.debugDescription))".lowercased()
        case let .custom(slug): "custom(\(slug.debugDescription))".lowercased()
        case let .language(tag): "language(\(tag.debugDescription))".lowercased()
        }
    }

    /// Reads the record from its text; lines it does not understand are skipped.
    init(text: String) {
        for fields in Self.lines(of: text) {
            switch fields.first {
            case "feed" where fields.count == 5 && Self.isFolder(fields[2]):
                feeds[fields[1]] = Feed(folder: fields[2], retiredAt: Int64(fields[3]),
                                        formerFolders: fields[4].split(separator: " ").map(String.init).filter(Self.isFolder))
            case "gone" where fields.count == 2 && Self.isFolder(fields[1]):
                gone.append(fields[1])
            default:
                continue
            }
        }
        gone.sort()
    }

    /// The fields of each line but comments. Cut on bytes: a newline or a tab is a character of
    /// its own except in a CR LF pair, which the text as characters never splits (nor does
    /// this, through `String.split`, for a text with a CR).
    private static func lines(of text: String) -> [[String]] {
        let lines: [[UInt8]] = text.utf8.contains(UInt8(ascii: "\r"))
            ? text.split(separator: "\n").map { Array($0.utf8) }
            : text.utf8.split(separator: UInt8(ascii: "\n")).map(Array.init)
        return lines.filter { $0.first != UInt8(ascii: "#") }.map { line in
            line.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        }
    }

    var text: String {
        var lines = [Self.header]
        for (key, feed) in feeds.sorted(by: { $0.key < $1.key }) {
            let state = feed.retiredAt.map(String.init) ?? "live"
            lines.append(["feed", key, feed.folder, state, feed.formerFolders.joined(separator: " ")].joined(separator: "\t"))
        }
        lines += gone.map { "gone\t\($0)" }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A folder the record may name: relative, inside the output folder, and plain enough to
    /// be written into an nginx configuration (letters, digits, `-`, `_`, `.`, and `/` between parts).
    static func isFolder(_ folder: String) -> Bool {
        // The bytes first: they rule out most that `isSafe` would, for less.
        folder.utf8.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "/"): true
            default: false
            }
        } && Manifest.isSafe(folder)
    }
}
