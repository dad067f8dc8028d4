import FeedModel
import Foundation
import Synchronization
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Tells a WebSub hub which feeds changed (https://www.w3.org/TR/websub/, and the
/// PubSubHubbub 0.4 publish ping every hub accepts): one `POST hub.mode=publish&hub.url=<self
/// URL>` per changed feed file, form-encoded.
///
/// A hub being down must never fail the run — the feeds are published already — so every
/// failure ends as one warning. Each request has a timeout and is retried with backoff; once
/// one feed's notification has failed every attempt, the hub is taken to be down and the rest
/// are not tried (a cron run must not spend minutes on an unreachable hub). A slow hub that
/// does answer is bounded by one deadline for all the announcements of a run.
public struct WebSubNotifier: Sendable {
    let hubURL: URL
    var timeout: TimeInterval = 5
    /// Pauses before the second and third attempts.
    var backoff: [TimeInterval] = [0.5, 1]
    /// Requests in flight at once, on threads of their own (not one per core).
    var concurrency = 4
    /// Seconds from the first request by which every announcement of the run has ended.
    var deadline: TimeInterval = 30

    struct Report {
        /// A feed the hub was not told of, and why.
        struct Failure {
            var url: String
            var reason: String
        }

        var notified = 0
        /// The failures the warning names (after the first deadline miss, only that one).
        var failures: [Failure] = []
        /// Every feed the hub was not told of (failed, not tried, or past the deadline).
        var unannounced: [String] = []
    }

    /// How one feed's announcement ended.
    private enum Sent {
        case accepted
        case failed(String)
        /// The run's deadline came first.
        case late
    }

    func notify(_ feedURLs: [String]) -> Report {
        let state = NotifierState()
        let next = NotifierState.Counter()
        let ends = Date().addingTimeInterval(deadline)
        let workers = DispatchGroup()
        // Threads, not `concurrentPerform`: that runs one iteration per core, and these mostly wait.
        for _ in 0..<min(concurrency, feedURLs.count) {
            workers.enter()
            Thread.detachNewThread {
                defer { workers.leave() }
                while let index = next.take(below: feedURLs.count) {
                    guard !state.hubIsDown else { state.skip(feedURLs[index]); continue }
                    switch send(feedURLs[index], by: ends) {
                    case .accepted: state.succeeded()
                    case let .failed(reason): state.failed(feedURLs[index], reason)
                    case .late: state.late(feedURLs[index], "no time left (all announcements of a run end within \(Int(deadline)) s)")
                    }
                }
            }
        }
        workers.wait()
        return state.report
    }

    /// Every attempt for one feed, none started or waited for past `ends`.
    private func send(_ feedURL: String, by ends: Date) -> Sent {
        var reason = ""
        for attempt in 0...backoff.count {
            let pause = attempt > 0 ? backoff[attempt - 1] : 0
            guard Date().addingTimeInterval(pause) < ends else { return .late }
            if pause > 0 { Thread.sleep(forTimeInterval: pause) }
            switch post(feedURL, by: ends) {
            case let .success(status) where (200..<300).contains(status): return .accepted
            case let .success(status):
                reason = "HTTP \(status)"
                // A client error will not go away by asking again.
                if (400..<500).contains(status) && status != 408 && status != 429 { return .failed(reason) }
            case let .failure(error):
                if Date() >= ends { return .late }
                reason = error.localizedDescription
            }
        }
        return .failed(reason)
    }

    private func post(_ feedURL: String, by ends: Date) -> Result<Int, Error> {
        let timeout = min(self.timeout, max(0.1, ends.timeIntervalSinceNow))
        var request = URLRequest(url: hubURL, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: timeout)
        request.httpMethod = "POST"
        request.setValue("application/x-www-form-urlencoded", forHTTPHeaderField: "Content-Type")
        request.setValue("feedpub/\(SiteConfiguration.version)", forHTTPHeaderField: "User-Agent")
        request.httpBody = Data(("hub.mode=publish&hub.url=" + Self.formEncoded(feedURL)).utf8)
        let finished = DispatchSemaphore(value: 0)
        let outcome = LockedValue<Result<Int, Error>>(.failure(URLError(.timedOut)))
        let task = Self.session.dataTask(with: request) { _, response, error in
            let status = (response as? HTTPURLResponse)?.statusCode ?? 0
            outcome.set(error.map { .failure($0) } ?? .success(status))
            finished.signal()
        }
        task.resume()
        // URLSession's own timeout covers idle connections; this one also bounds a slow trickle.
        if finished.wait(timeout: .now() + min(timeout + 1, max(0, ends.timeIntervalSinceNow))) == .timedOut {
            task.cancel()
            return .failure(URLError(.timedOut))
        }
        return outcome.get()
    }

    private static let session: URLSession = {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.httpMaximumConnectionsPerHost = 4
        return URLSession(configuration: configuration)
    }()

    /// `application/x-www-form-urlencoded`: everything but unreserved characters escaped.
    static func formEncoded(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics.intersection(CharacterSet(charactersIn: Unicode.Scalar(0)...Unicode.Scalar(127)))
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }
}

