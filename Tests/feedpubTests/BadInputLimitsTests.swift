import Foundation
import Testing
import TestSupport
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// Huge input, generated at run time into the temporary folder (never committed): each run ends
/// within a generous bound, its memory stays bounded, and the README's limits apply.
@Suite("Bad input: huge values stay bounded")
struct BadInputLimitsTests {
    /// Generous: the debug binary needs about a second for any of these.
    static let timeBound = 20.0
    /// Peak resident memory of any child process this test runner has waited for, in bytes.
    /// An upper bound for feedpub's own peak, whatever else ran before it.
    static var childrenPeakMemory: Int {
        var usage = rusage()
        #if canImport(Glibc)
        getrusage(__rusage_who_t(RUSAGE_CHILDREN.rawValue), &usage)
        return Int(usage.ru_maxrss) * 1024
        #else
        getrusage(RUSAGE_CHILDREN, &usage)
        return Int(usage.ru_maxrss)
        #endif
    }
    static let memoryBound = 1 << 30

    static let header = """
        publishedDateTime: 2024-05-02T08:00:00Z
        secured: "\(BadInputRun.securedValue)"

        """

    static func write(_ text: String, to name: String, in input: URL) throws {
        try Data(text.utf8).write(to: input.appendingPathComponent(name))
    }

    func expectBounded(_ run: BadInputRun, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(run.elapsed < Self.timeBound, "took \(run.elapsed) s", sourceLocation: sourceLocation)
        #expect(Self.childrenPeakMemory < Self.memoryBound, "a child used \(Self.childrenPeakMemory >> 20) MiB",
                sourceLocation: sourceLocation)
    }

    @Test("a 5 MB excerpt is cut to 20,000 characters with a warning", .timeLimit(.minutes(1)))
    func hugeExcerptIsCut() throws {
        try withTemporaryFolder { folder in
            let run = try BadInputRun(in: folder, fixtures: []) { input in
                try Self.write("---\n# Generated: a 5 MB excerpt.\ntitle: \"Huge excerpt\"\n\(Self.header)"
                    + "webUrl: \"https://example.com/huge-excerpt\"\nexcerpt: \"\(String(repeating: "x", count: 5 << 20))\"\n---\n",
                    to: "huge-excerpt.md", in: input)
            }
            run.expectErrorLines(["feedpub: warning: <input>/huge-excerpt.md: 'excerpt' is longer than 20000 characters; cut"])
            try run.expectInvariants(status: 0, articles: 2, rejected: 0)
            expectBounded(run)
            let rss = try run.outputText("rss.xml")
            #expect(rss.contains("<description>\(String(repeating: "x", count: 20_000))</description>"), "excerpt not cut to 20,000")
            let atom = try run.outputText("atom.xml")
            #expect(atom.contains("<summary type=\"html\">\(String(repeating: "x", count: 20_000))</summary>"))
            #expect(rss.utf8.count < 100_000 && atom.utf8.count < 100_000)
        }
    }

    @Test("5,000 topics on one article: the first 100 are kept, with a warning", .timeLimit(.minutes(1)))
    func thousandsOfTopicsAreCapped() throws {
        try withTemporaryFolder { folder in
            let run = try BadInputRun(in: folder, fixtures: []) { input in
                let topics = (0..<5000).map { "  - \"Topic \($0)\"\n" }.joined()
                try Self.write("---\n# Generated: 5,000 topics.\ntitle: \"Thousands of topics\"\n\(Self.header)"
                    + "webUrl: \"https://example.com/many-topics\"\ntopics:\n\(topics)---\n", to: "many-topics.md", in: input)
            }
            run.expectErrorLines(["feedpub: warning: <input>/many-topics.md: 5000 topics; only the first 100 are kept"])
            try run.expectInvariants(status: 0, articles: 2, rejected: 0)
            expectBounded(run)
            let slugs = try FileManager.default.contentsOfDirectory(atPath: run.output.appendingPathComponent("topics").path)
            #expect(slugs.count == 101, "topic folders: \(slugs.count)")
            #expect(slugs.contains("topic-0") && slugs.contains("topic-99") && !slugs.contains("topic-100"))
        }
    }

    @Test("a YAML alias bomb (10^10 nodes once expanded) is rejected at the node limit", .timeLimit(.minutes(1)))
    func aliasBombIsRejected() throws {
        try withTemporaryFolder { folder in
            let run = try BadInputRun(in: folder, fixtures: []) { input in
                // Anchors inside `topics`, a key the decoder reads, so the nodes are built.
                var lines = ["  - &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
                for level in 1..<10 {
                    lines.append("  - &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]")
                }
                try Self.write("---\n# Generated: a billion laughs.\ntitle: \"Alias bomb\"\n\(Self.header)"
                    + "webUrl: \"https://example.com/alias-bomb\"\ntopics:\n\(lines.joined(separator: "\n"))\n---\n",
                    to: "alias-bomb.md", in: input)
            }
            // Line 12 is &a4's, the first list past 100,000 nodes.
            run.expectErrorLines([
                "feedpub: error: <input>/alias-bomb.md: invalid YAML at line 12: more than 100000 YAML nodes (aliases expanded); refusing to read further",
            ])
            try run.expectInvariants(status: 65, articles: 1, rejected: 1)
            expectBounded(run)
        }
    }

    @Test("a file over 16 MiB is rejected unread", .timeLimit(.minutes(1)))
    func oversizedFileIsRejected() throws {
        try withTemporaryFolder { folder in
            let run = try BadInputRun(in: folder, fixtures: []) { input in
                let line = String(repeating: "z", count: 127) + "\n"
                try Self.write("---\n# Generated: 17 MiB.\ntitle: \"Oversized\"\n\(Self.header)"
                    + "webUrl: \"https://example.com/oversized\"\n---\n" + String(repeating: line, count: 17 << 13),
                    to: "oversized.md", in: input)
            }
            run.expectErrorLines(["feedpub: error: <input>/oversized.md: file is larger than 16 MiB"])
            try run.expectInvariants(status: 65, articles: 1, rejected: 1)
            expectBounded(run)
        }
    }

    @Test("a Markdown body over 1 MiB is cut at a line end, with a warning", .timeLimit(.minutes(1)))
    func hugeBodyIsCut() throws {
        try withTemporaryFolder { folder in
            let run = try BadInputRun(in: folder, fixtures: []) { input in
                let line = String(repeating: "y", count: 99) + "\n"
                try Self.write("---\n# Generated: a 2 MiB body.\ntitle: \"Huge body\"\n\(Self.header)"
                    + "webUrl: \"https://example.com/huge-body\"\n---\n" + String(repeating: line, count: 2 << 14),
                    to: "huge-body.md", in: input)
            }
            run.expectErrorLines(["feedpub: warning: <input>/huge-body.md: body is larger than 1 MiB; cut"])
            try run.expectInvariants(status: 0, articles: 2, rejected: 0)
            expectBounded(run)
            let rss = try run.outputText("rss.xml")
            #expect(rss.utf8.count < (1 << 20) + 100_000, "rss.xml is \(rss.utf8.count) bytes")
        }
    }
}
