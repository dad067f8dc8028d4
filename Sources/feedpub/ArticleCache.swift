import FeedModel

/// What earlier runs learnt, so that an unchanged cron run neither re-reads nor re-parses.
///
/// For every input file, keyed by its `FileVersion` (path, size, mtime in ns, inode): the
/// article's summary and warnings, or why it was rejected. For every output file: the
/// fingerprint of what it was rendered from, and the version of the file written. Stored
/// outside the published folder, in one file written atomically; a missing, unreadable or
/// foreign cache is ignored, so deleting it only makes the next run a cold one with the same
/// output. A different feedpub binary discards it, as its output may differ.
struct ArticleCache {
    enum Outcome: Sendable {
        case article(ArticleSummary, warnings: [String])
        case rejected(String)

        /// What is kept of a file read now: its summary and warnings, or why it was rejected.
        init(_ result: Result<ArticleDecoder.Decoded, ArticleProblem>) {
            switch result {
            case let .success(decoded): self = .article(decoded.article.summary, warnings: decoded.warnings.map(\.message))
            case let .failure(problem): self = .rejected(problem.reason)
            }
        }
    }

    /// The summaries of the published inputs, each with its index among `inputs` as `sourceIndex`.
    static func summaries(of inputs: [Input]) -> [ArticleSummary] {
        inputs.indices.compactMap { index -> ArticleSummary? in
            guard case var .article(summary, _) = inputs[index].outcome else { return nil }
            summary.sourceIndex = index
            return summary
        }
    }

    struct Input {
        var path: String
        var version: FileVersion
        /// False when the file was modified so close to the scan that a later change within
        /// the same clock tick could go unseen ("racy" in git's terms): then it is re-read.
        var isSettled: Bool
        var outcome: Outcome
    }

    struct Output: Equatable {
        var fingerprint: UInt64
        var version: FileVersion
        /// Entries in the file as written (fewer than planned when `bytes_per_feed` cut it), for the report.
        var entries = 0
    }

    /// In listing order (`InputFolder` order), so a run matches them to its files in one pass.
    var inputs: [Input] = []
    var outputs: [String: Output] = [:]

    private static let magic = "feedpub-cache 2"

    func encoded(identity: String) -> [UInt8] {
        // ~190 bytes per input and ~80 per output measured; pages never written stay unmapped.
        var writer = ByteWriter(reservingCapacity: 4096 + inputs.count * 256 + outputs.count * 128)
        writer.string(Self.magic)
        writer.string(identity)
        writer.uint(UInt64(inputs.count))
        for input in inputs {
            writer.string(input.path)
            input.version.encode(to: &writer)
            writer.uint(input.isSettled ? 1 : 0)
            switch input.outcome {
            case let .rejected(reason):
                writer.uint(0)
                writer.string(reason)
            case let .article(summary, warnings):
                writer.uint(1)
                writer.string(summary.url)
                writer.int(summary.publishedAt.secondsSinceEpoch)
                writer.strings(summary.topics)
                writer.optionalString(summary.providerName)
                writer.optionalString(summary.providerDomain)
                writer.uint(summary.quality == nil ? 0 : 1)
                writer.int(Int64(summary.quality ?? 0))
                writer.uint(summary.isPublished.map { $0 ? 2 : 1 } ?? 0)
                writer.strings(warnings)
            }
        }
        writer.uint(UInt64(outputs.count))
        for (path, output) in outputs.sorted(by: { $0.key < $1.key }) {
            writer.string(path)
            writer.uint(output.fingerprint)
            output.version.encode(to: &writer)
            writer.uint(UInt64(output.entries))
        }
        return writer.bytes
    }

    /// nil unless `bytes` is a cache written by this very binary (`identity`).
    init?(decoding bytes: [UInt8], identity: String) {
        var reader = ByteReader(bytes)
        do {
            guard try reader.string() == Self.magic, try reader.string() == identity else { return nil }
            let inputCount = try reader.count()
            inputs.reserveCapacity(inputCount)
            for _ in 0..<inputCount {
                let path = try reader.string()
                let version = try FileVersion(from: &reader)
                let isSettled = try reader.uint() == 1
                let outcome: Outcome
                if try reader.uint() == 0 {
                    outcome = .rejected(try reader.string())
                } else {
                    var summary = ArticleSummary(
                        sourcePath: path, url: try reader.string(),
                        publishedAt: Timestamp(secondsSinceEpoch: try reader.int()), topics: try reader.strings(),
                        providerName: try reader.optionalString(), providerDomain: try reader.optionalString())
                    let hasQuality = try reader.uint() == 1
                    let quality = try reader.int()
                    summary.quality = hasQuality ? Int(truncatingIfNeeded: quality) : nil
                    let published = try reader.uint()
                    summary.isPublished = published == 0 ? nil : published == 2
                    outcome = .article(summary, warnings: try reader.strings())
                }
                inputs.append(Input(path: path, version: version, isSettled: isSettled, outcome: outcome))
            }
            let outputCount = try reader.count()
            for _ in 0..<outputCount {
                let path = try reader.string()
                outputs[path] = Output(fingerprint: try reader.uint(), version: try FileVersion(from: &reader),
                                       entries: Int(truncatingIfNeeded: try reader.uint()))
            }
            guard reader.isAtEnd else { return nil }
        } catch {
            return nil
        }
    }

    init() {}

    /// For each file (in listing order), the cached input if it is still valid: the same
    /// path and version, and settled. Both lists are in `InputFolder` order: one merge pass.
    func matching(_ files: [InputFolder.File]) -> [Input?] {
        var result = [Input?](repeating: nil, count: files.count)
        var next = 0
        for (index, file) in files.enumerated() {
            while next < inputs.count && InputFolder.precedes(inputs[next].path, file.path) { next += 1 }
            guard next < inputs.count, inputs[next].path == file.path else { continue }
            if inputs[next].isSettled && inputs[next].version == file.version { result[index] = inputs[next] }
            next += 1
        }
        return result
    }
}
