import FeedModel
@testable import FeedBuild
import Testing

/// The feed history carried from run to run: moves, retirements, the grace period, returns.
@Suite("Feed history")
struct FeedHistoryTests {
    static let day: Int64 = 86_400
    static let keep = 10 * day

    @Test("a feed that moves keeps its old folders until one of them is live again")
    func moves() {
        let first = FeedHistory().next(live: ["ai": "topics/ai"], now: 0, keepSeconds: Self.keep)
        let moved = first.next(live: ["ai": "topics/artificial-intelligence"], now: 0, keepSeconds: Self.keep)
        #expect(moved.feeds["ai"] == FeedHistory.Feed(folder: "topics/artificial-intelligence", formerFolders: ["topics/ai"]))
        let back = moved.next(live: ["ai": "topics/ai"], now: 0, keepSeconds: Self.keep)
        #expect(back.feeds["ai"] == FeedHistory.Feed(folder: "topics/ai", formerFolders: ["topics/artificial-intelligence"]))
        let taken = moved.next(live: ["ai": "topics/artificial-intelligence", "other": "topics/ai"], now: 0, keepSeconds: Self.keep)
        #expect(taken.feeds["ai"]?.formerFolders == [])
    }

    @Test("a feed no longer produced is retired at the newest article's time, gone keep_days later, live again when it returns")
    func retirement() {
        let live = FeedHistory().next(live: ["ai": "topics/ai", "energy": "topics/energy"], now: 0, keepSeconds: Self.keep)
        let retired = live.next(live: ["ai": "topics/ai"], now: 3 * Self.day, keepSeconds: Self.keep)
        #expect(retired.feeds["energy"]?.retiredAt == 3 * Self.day)
        #expect(retired.next(live: ["ai": "topics/ai"], now: 12 * Self.day, keepSeconds: Self.keep) == retired)
        // Without articles nothing ages.
        #expect(retired.next(live: ["ai": "topics/ai"], now: nil, keepSeconds: Self.keep) == retired)
        let gone = retired.next(live: ["ai": "topics/ai"], now: 13 * Self.day, keepSeconds: Self.keep)
        #expect(gone.feeds["energy"] == nil && gone.gone == ["topics/energy"])
        let returned = gone.next(live: ["ai": "topics/ai", "energy": "topics/energy"], now: 14 * Self.day, keepSeconds: Self.keep)
        #expect(returned.feeds["energy"] == FeedHistory.Feed(folder: "topics/energy") && returned.gone.isEmpty)
    }

    @Test("a moved feed's old folders are gone with it; a retired feed whose folder is taken is dropped")
    func goneWithItsFormers() {
        var history = FeedHistory()
        history.feeds["ai"] = FeedHistory.Feed(folder: "topics/b", formerFolders: ["topics/a"])
        history.feeds["c#"] = FeedHistory.Feed(folder: "topics/c")
        let next = history.next(live: ["c++": "topics/c"], now: 0, keepSeconds: 0)
        #expect(next.gone == ["topics/a", "topics/b"])
        #expect(next.feeds.keys.sorted() == ["c++"])
    }

    @Test("the record reads back what it wrote, skipping lines it does not understand")
    func text() {
        var history = FeedHistory()
        history.feeds["topic(\"ai\")"] = FeedHistory.Feed(folder: "topics/ai", formerFolders: ["topics/x", "topics/y"])
        history.feeds["topic(\"energy\")"] = FeedHistory.Feed(folder: "topics/energy", retiredAt: 1_704_153_600)
        history.gone = ["topics/old"]
        #expect(FeedHistory(text: history.text) == history)
        let hostile = FeedHistory(text: "feed\tk\t../etc\tlive\t\ngone\t/abs\ngone\ttopics/a b\nnonsense\n")
        #expect(hostile == FeedHistory())
    }

    @Test("the nginx lists: 410 per gone folder, 301 per old folder to the same file under the base URL")
    func serverLists() {
        var history = FeedHistory()
        history.feeds["ai"] = FeedHistory.Feed(folder: "topics/ai-news", formerFolders: ["topics/ai"])
        history.gone = ["topics/old"]
        let lists = ServerLists(history, baseURL: "https://example.com/feeds/")
        #expect(lists.gone.split(separator: "\n").dropFirst() == [
            "location = /feeds/topics/old { return 410; }", "location ^~ /feeds/topics/old/ { return 410; }"])
        #expect(lists.redirects.split(separator: "\n").dropFirst() == [
            "location = /feeds/topics/ai { return 301 https://example.com/feeds/topics/ai-news/; }",
            "location ^~ /feeds/topics/ai/ { rewrite ^/feeds/topics/ai/(.*)$ https://example.com/feeds/topics/ai-news/$1 permanent; }"])
        #expect(ServerLists.servedPath(of: "https://example.com/a b/") == "/")
    }

    @Test("a feed's key is the kind as Swift prints it, case folded: names with quotes, backslashes, controls and accents too")
    func keysAsPrinted() {
        let names = ["AI", "Élections 2024", "say \"hi\"", "back\\slash", "tab\there", "line\nbreak", "🦊 fox", "e\u{301}", "nul\u{0}x", "\u{7F}del"]
        for name in names {
            for kind in [FeedHeader.Kind.topic(name), .provider(name), .custom(name), .language(name)] {
                #expect(FeedHistory.key(of: kind) == String(describing: kind).lowercased(), "\(kind)")
            }
        }
        #expect(FeedHistory.key(of: .all) == String(describing: FeedHeader.Kind.all))
    }

    @Test("the record reads back what it wrote, and a text with CR LF line ends as characters split it")
    func readsBackAndCRLF() {
        var history = FeedHistory()
        history.feeds["topic(\"ai\")"] = FeedHistory.Feed(folder: "topics/ai", retiredAt: nil, formerFolders: ["topics/a-i"])
        history.feeds["provider(\"x\")"] = FeedHistory.Feed(folder: "providers/x", retiredAt: 1_700_000_000)
        history.gone = ["topics/old"]
        #expect(FeedHistory(text: history.text) == history)
        #expect(FeedHistory(text: history.text.replacingOccurrences(of: "\n", with: "\r\n")) == FeedHistory(),
                "CR LF is one character: the text is one line, a comment")
    }
}
