import Foundation
import Testing
import TestSupport

/// `--hub`: feeds advertise the hub, and the hub hears of every changed feed file, once.
@Suite("WebSub", .serialized)
struct WebSubTests {
    static let archived = ["--limit", "2", "--archive-page-size", "2"]

    @Test("every feed links to the hub beside itself, and the hub is told of each feed file written")
    func hubIsAdvertisedAndNotified() throws {
        try withTemporaryFolder { folder in
            let hub = try HubStandIn(in: folder)
            defer { hub.stop() }
            let build = try FixtureBuild("articles", in: folder, arguments: ["--hub", hub.url] + Self.archived)
            #expect(build.result.status == 0, "stderr: \(build.result.standardError)")
            #expect(build.result.standardError.isEmpty || !build.result.standardError.contains("WebSub"))

            let rss = try build.outputText("topics/ai/rss.xml")
            #expect(rss.contains(#"<atom:link href="\#(hub.url)" rel="hub"/>"#))
            #expect(rss.contains(#"rel="self""#))
            let atom = try build.outputText("topics/ai/atom.xml")
            #expect(atom.contains(#"<link rel="hub" href="\#(hub.url)"/>"#))
            let json = try JSONSerialization.jsonObject(with: Data(try build.outputText("topics/ai/feed.json").utf8)) as? [String: Any]
            let hubs = json?["hubs"] as? [[String: String]]
            #expect(hubs == [["type": "WebSub", "url": hub.url]])

            // Archive pages are written but not announced: nobody subscribes to them.
            let files = try FileTree(reading: build.output).filePaths
            #expect(files.contains("archive/1/atom.xml"))
            let feedFiles = files.filter { ["rss.xml", "atom.xml", "feed.json"].contains(($0 as NSString).lastPathComponent) }
                .filter { !$0.contains("archive/") }
            let notified = try hub.waitForRequests(feedFiles.count)
            #expect(notified.allSatisfy { $0.contentType == "application/x-www-form-urlencoded" })
            #expect(Set(notified.map(\.body)) == Set(feedFiles.map { "hub.mode=publish&hub.url=" + formEncoded(FixtureBuild.baseURL + $0) }))
            #expect(notified.count == feedFiles.count, "one notification per feed file")

            // Nothing changed: nothing to tell.
            let rerun = try build.rerun(arguments: ["--hub", hub.url] + Self.archived)
            #expect(rerun.status == 0)
            #expect(try hub.requests().count == feedFiles.count)

            // One article changed: only its feeds.
            let article = build.input.appendingPathComponent("2024-03-01-chip-exports.md")
            let text = try String(contentsOf: article, encoding: .utf8)
            try Data(text.replacingOccurrences(of: "title: \"Chip", with: "title: \"Updated chip").utf8).write(to: article)
            let changed = try build.rerun(arguments: ["--hub", hub.url] + Self.archived)
            #expect(changed.status == 0)
            let later = try hub.requests().dropFirst(feedFiles.count).map(\.body)
            #expect(later.contains("hub.mode=publish&hub.url=" + formEncoded(FixtureBuild.baseURL + "topics/semiconductors/atom.xml")))
            #expect(later.contains("hub.mode=publish&hub.url=" + formEncoded(FixtureBuild.baseURL + "rss.xml")))
            #expect(!later.isEmpty && later.count < feedFiles.count)
        }
    }

    @Test("a hub that refuses once is asked again, and no warning is printed")
    func flakyHubIsRetried() throws {
        try withTemporaryFolder { folder in
            let hub = try HubStandIn(in: folder, mode: "flaky")
            defer { hub.stop() }
            let build = try FixtureBuild("articles", in: folder, arguments: ["--hub", hub.url])
            #expect(build.result.status == 0)
            #expect(!build.result.standardError.contains("WebSub"), "stderr: \(build.result.standardError)")
            let bodies = try hub.requests().map(\.body)
            // The refused notification was sent twice; every other once.
            #expect(bodies.count == Set(bodies).count + 1)
        }
    }

    @Test("a hub that is down is a warning, not a failure, and does not hold the run up",
          arguments: ["down", "closed"])
    func hubDownIsAWarning(mode: String) throws {
        try withTemporaryFolder { folder in
            let hub = try HubStandIn(in: folder, mode: mode == "down" ? "down" : "ok")
            defer { hub.stop() }
            // Port 9 (discard) is closed on test machines: connection refused at once.
            let url = mode == "down" ? hub.url : "http://127.0.0.1:9/"
            let started = Date()
            let build = try FixtureBuild("articles", in: folder, arguments: ["--hub", url])
            #expect(Date().timeIntervalSince(started) < 30)
            #expect(build.result.status == 0)
            let warnings = build.result.errorLines.filter { $0.contains("WebSub") }
            #expect(warnings.count == 1, "stderr: \(build.result.standardError)")
            #expect(warnings.first?.hasPrefix("feedpub: warning: WebSub hub \(url) not told of ") == true)
            #expect(try FileTree(reading: build.output).filePaths.contains("rss.xml"))
            if mode == "down" {
                // Three attempts for the first feed, then the hub is taken to be down.
                #expect(try hub.requests().count <= 3 * 4)
            }
        }
    }

    @Test("--hub must be an http(s) URL", arguments: ["ftp://hub.example.net/", "hub", "https://hub.example.net/#x"])
    func hubMustBeHTTP(value: String) throws {
        try withTemporaryFolder { folder in
            let build = try FixtureBuild("articles", in: folder, arguments: ["--hub", value])
            #expect(build.result.status == 64)
            #expect(build.result.standardError.contains("--hub must be an absolute http or https URL"))
        }
    }

    private func formEncoded(_ text: String) -> String {
        var allowed = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed)!
    }
}

/// `Fixtures/websub/hub.py` running on 127.0.0.1: it writes its port to a file (never read
/// from a pipe, which could block) and logs each request to another.
struct HubStandIn {
    struct Request {
        var contentType: String
        var body: String
    }

    let process: Process
    let log: URL
    let url: String

    init(in folder: URL, mode: String = "ok") throws {
        let portFile = folder.appendingPathComponent("hub.port")
        log = folder.appendingPathComponent("hub.log")
        FileManager.default.createFile(atPath: log.path, contents: nil)
        process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", ResourceFolder.fixtures.url("websub/hub.py").path, portFile.path, log.path, mode]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(15)
        var port: String?
        while port == nil && Date() < deadline && process.isRunning {
            port = (try? String(contentsOf: portFile, encoding: .utf8)).flatMap { $0.isEmpty ? nil : $0 }
            if port == nil { Thread.sleep(forTimeInterval: 0.05) }
        }
        guard let port else {
            kill(process.processIdentifier, SIGKILL)
            struct HubDidNotStart: Error {}
            throw HubDidNotStart()
        }
        url = "http://127.0.0.1:\(port)/"
    }

    func requests() throws -> [Request] {
        try String(contentsOf: log, encoding: .utf8).split(separator: "\n").map { line in
            let parts = line.split(separator: " ", maxSplits: 3, omittingEmptySubsequences: false)
            return Request(contentType: parts.count > 2 ? String(parts[2]) : "", body: parts.count > 3 ? String(parts[3]) : "")
        }
    }

    /// The requests once `count` have arrived (feedpub has exited by then, so they have).
    func waitForRequests(_ count: Int) throws -> [Request] {
        let deadline = Date().addingTimeInterval(5)
        var seen = try requests()
        while seen.count < count && Date() < deadline {
            Thread.sleep(forTimeInterval: 0.05)
            seen = try requests()
        }
        return seen
    }

    /// The most requests the hub had in flight at once.
    func mostInFlight() throws -> Int {
        Int(try String(contentsOfFile: log.path + ".inflight", encoding: .utf8)) ?? 0
    }

    /// SIGKILL, which no signal mask can hold up.
    func stop() {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }
}
