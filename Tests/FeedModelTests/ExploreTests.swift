import Testing
import Foundation
@testable import FeedModel

func yaml(_ s: String, _ limits: YAMLParser.Limits = .init()) -> String {
    let bytes = Array(s.utf8)
    do { let n = try bytes.withUnsafeBytes { try YAMLParser(limits: limits).parse($0) }; return "OK \(n.kindDescription) line \(n.line) weight \(n.weight)" }
    catch { return "ERR \(error)" }
}
func dec(_ s: String) -> String {
    do { let d = try ArticleDecoder().decode(Array(s.utf8)[...], sourcePath: "x.md"); return "OK title=\(d.article.title) topics=\(d.article.topics) url=\(d.article.url) warnings=\(d.warnings)" }
    catch { return "ERR \(error)" }
}
let head = "---\ntitle: T\npublishedDateTime: 2021-07-01T12:07:00Z\nwebUrl: https://x.com/a\n"

@Test func explore() throws {
    for s in ["2021-07-01T17:37:00+05:30", "2021-07-01T04:07:00-08:00", "2021-07-01T17:37:00+0530", "2021-07-01T12:07:00", "2021-07-01T12:07:00.987Z", "2021-07-01", "2021-13-01", "2021-02-30", "2021-02-29", "2024-02-29T00:00:00Z", "1969-07-20T20:17:40Z", "1900-01-01T00:00:00Z", "2021-07-01 12:07:00 +05", "2021-07-01T23:59:60Z"] {
        let t = Timestamp(iso8601: s)
        print("T", s, t?.secondsSinceEpoch as Any, t?.rfc3339 as Any, t?.rfc822 as Any)
    }
    let bomb = "a: &a [lol,lol,lol,lol,lol,lol,lol,lol,lol]\n" + (1...8).map { i in "\(Character(UnicodeScalar(97 + i)!)): &\(Character(UnicodeScalar(97 + i)!)) [" + Array(repeating: "*\(Character(UnicodeScalar(96 + i)!))", count: 9).joined(separator: ",") + "]" }.joined(separator: "\n") + "\n"
    print(bomb)
    print("BOMB", yaml(bomb))
    print("DEEP", yaml(String(repeating: "[", count: 100) + String(repeating: "]", count: 100)))
    print("DEEP2", yaml(String(repeating: "[", count: 64) + String(repeating: "]", count: 64)))
    print("DEEP3", yaml(String(repeating: "[", count: 65) + String(repeating: "]", count: 65)))
    print("BIG", yaml("topics:\n" + (1...10000).map { "  - topic \($0)" }.joined(separator: "\n") + "\n"))
    print("D-notitle", dec("---\npublishedDateTime: 2021-07-01\nwebUrl: https://x.com\n---\n"))
    print("D-nodate", dec("---\ntitle: a\nwebUrl: https://x.com\n---\n"))
    print("D-nolink", dec("---\ntitle: a\npublishedDateTime: 2021-07-01\n---\n"))
    print("D-js", dec("---\ntitle: a\npublishedDateTime: 2021-07-01\nwebUrl: javascript:alert(1)\n---\n"))
    print("D-file", dec("---\ntitle: a\npublishedDateTime: 2021-07-01\nwebUrl: file:///etc/passwd\n---\n"))
    print("D-rel", dec("---\ntitle: a\npublishedDateTime: 2021-07-01\nwebUrl: /news/a\n---\n"))
    print("D-fallback", dec("---\ntitle: a\npublishedDateTime: 2021-07-01\nwebUrl: not a url\noriginalUrl: https://x.com/o\n---\n"))
    print("D-datenum", dec("---\ntitle: a\npublishedDateTime: 2021\nwebUrl: https://x.com\n---\n"))
    print("D-datebad", dec("---\ntitle: a\npublishedDateTime: 2021-02-30\nwebUrl: https://x.com\n---\n"))
    print("D-topicstr", dec(head + "topics: AI\n---\n"))
    print("D-list", dec("---\n- a\n- b\n---\n"))
    print("D-scalar", dec("---\njust text\n---\n"))
    print("D-empty", dec("---\n---\n"))
    var bad = Array("---\ntitle: a\npublishedDateTime: 2021-07-01\n".utf8); bad += [0x74, 0x3A, 0x20, 0xC3, 0x28, 0x0A]; bad += Array("---\n".utf8)
    print("D-utf8", (try? ArticleDecoder().decode(bad[...], sourcePath: "x")).map { _ in "OK" } ?? "ERR", { do { _ = try ArticleDecoder().decode(bad[...], sourcePath: "x"); return "" } catch { return "\(error)" } }())
    print("D-ent", dec("---\ntitle: \"AT&amp;T&#8217;s <b>cloud</b>\"\npublishedDateTime: 2021-07-01\nwebUrl: https://x.com\n---\n"))
    print("D-topics", dec(head + "topics: [\"Café\", \"Cafe\u{301}\", café, AI, ai, ' Ai ', '', '   ']\n---\n"))
    print("D-many", dec(head + "topics:\n" + (1...150).map { "  - t\($0)" }.joined(separator: "\n") + "\n---\n").suffix(200))
    print("D-10k", dec(head + "topics:\n" + (1...10000).map { "  - t\($0)" }.joined(separator: "\n") + "\n---\n").suffix(200))
    let big = String(repeating: "abcd ", count: 1_000_000)
    let c = Date()
    let d = try ArticleDecoder().decode(Array((head + "excerpt: \"\(big)\"\n---\n").utf8)[...], sourcePath: "x")
    print("D-excerpt", d.article.excerpt?.count as Any, d.warnings, Date().timeIntervalSince(c))
    let b0 = Date(); print("BOMB-time", yaml(bomb), Date().timeIntervalSince(b0))
}
