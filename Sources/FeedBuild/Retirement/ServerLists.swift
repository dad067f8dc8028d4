/// The 410 and 301 lists for nginx, written from the feed history into `.feedpub/nginx/`
/// (hidden, so never served) for `deploy/nginx.conf` to include inside its `server` block.
///
/// Each folder gets two locations: the folder itself without its slash, and everything under
/// it (`^~`, so the regex locations for file types do not win). A moved feed's every file
/// (each format, its page, its archive pages) answers 301 with the same file in its new
/// folder, as an absolute URL under the base URL the feeds' `rel="self"` links use.
struct ServerLists: Equatable {
    static let folder = ".feedpub/nginx"
    static let gonePath = folder + "/gone.conf"
    static let redirectsPath = folder + "/redirects.conf"

    let gone: String
    let redirects: String

    /// The lists for `history`, with the output folder served at `baseURL`.
    init(_ history: FeedHistory, baseURL: String) {
        let base = Self.servedPath(of: baseURL)
        var gone = ["# Written by feedpub: folders of retired feeds, gone for good (410). Do not edit."]
        for folder in history.gone {
            gone.append("location = \(base)\(folder) { return 410; }")
            gone.append("location ^~ \(base)\(folder)/ { return 410; }")
        }
        var redirects = ["# Written by feedpub: folders of feeds that moved (301 to where they live now). Do not edit."]
        let target = Self.isPlain(baseURL) ? baseURL : base
        for (_, feed) in history.feeds.sorted(by: { $0.key < $1.key }) {
            for former in feed.formerFolders {
                redirects.append("location = \(base)\(former) { return 301 \(target)\(feed.folder)/; }")
                redirects.append("location ^~ \(base)\(former)/ { rewrite ^\(base)\(former)/(.*)$ \(target)\(feed.folder)/$1 permanent; }")
            }
        }
        self.gone = gone.joined(separator: "\n") + "\n"
        self.redirects = redirects.joined(separator: "\n") + "\n"
    }

    /// The path part of the base URL, from its first `/` after the host: `/` or `/feeds/`;
    /// `/` when it holds anything an nginx location could misread.
    static func servedPath(of baseURL: String) -> String {
        guard let scheme = baseURL.range(of: "://"),
              let slash = baseURL[scheme.upperBound...].firstIndex(of: "/") else { return "/" }
        let path = String(baseURL[slash...])
        return isPlain(path) ? path : "/"
    }

    /// Text safe in an nginx location and rewrite: no spaces, quotes, braces, `;`, `$`, `?`, or regex
    /// syntax but `.` (which, inside a `^~` location that matched it literally, matches only itself).
    private static func isPlain(_ text: String) -> Bool {
        text.utf8.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "/"), UInt8(ascii: ":"), UInt8(ascii: "%"): true
            default: false
            }
        }
    }
}
