import FeedModel

/// The cache file's format: a magic line, the identity, the last run's record (`RunRecord`,
/// first, so that an unchanged run reads no further), the keyword list the inputs' keyword
/// bits are positions in (`KeywordList.folded`), the texts the summaries repeat
/// (`SharedStrings`), the inputs in listing order (their topics, providers and languages as
/// numbers into those texts), the outputs by path, the feeds not yet announced to the hub,
/// the problems last found (`ByteWriter`'s integers and strings).
extension ArticleCache {
    static let magic = "feedpub-cache 11"

    /// The cache as bytes, tied to `identity` (the binary and the input folder).
    func encoded(identity: String) -> [UInt8] {
        // ~150 bytes per input and ~80 per output measured; pages never written stay unmapped.
        var writer = ByteWriter(reservingCapacity: 4096 + index.records.count * 192 + outputs.count * 128)
        encode(to: &writer, identity: identity)
        return writer.bytes
    }

    /// Writes the cache to `writer`, tied to `identity` (the binary and the input folder).
    func encode(to writer: inout ByteWriter, identity: String) {
        writer.string(Self.magic)
        writer.string(identity)
        writer.uint(record == nil ? 0 : 1)
        record?.encode(to: &writer)
        writer.strings(index.keywords)
        var shared = SharedStrings()
        var numbers: [UInt32] = []
        numbers.reserveCapacity(index.records.count * 8)
        for input in index.records { Self.number(input.outcome, in: &shared, into: &numbers) }
        writer.strings(shared.strings)
        writer.uint(UInt64(index.records.count))
        var next = 0
        for (position, input) in index.records.enumerated() {
            writer.string(input.path)
            input.version.encode(to: &writer)
            writer.uint(isSettled(position) ? 1 : 0)
            switch input.outcome {
            case let .rejected(reason):
                writer.uint(0)
                writer.string(reason)
            case let .unreadable(reason):
                writer.uint(2)
                writer.string(reason)
            case let .article(summary, warnings):
                writer.uint(1)
                Self.encode(summary, numbers: numbers, from: &next, to: &writer)
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
        writer.strings(unannounced)
        writer.strings(problemKeys)
    }

    /// Appends to `numbers` the numbers of an article's shared texts in `shared` (0 for none,
    /// else the number + 1), in the order `encode(_:numbers:from:to:)` reads them: provider
    /// name, domain, logo URL, language, then the topics. One flat array, not one per article.
    private static func number(_ outcome: ArticleIndex.Outcome, in shared: inout SharedStrings, into numbers: inout [UInt32]) {
        guard case let .article(summary, _) = outcome else { return }
        func append(_ value: String?) { numbers.append(value.map { UInt32(shared.number(of: $0) + 1) } ?? 0) }
        append(summary.providerName)
        append(summary.providerDomain)
        append(summary.providerLogo?.url)
        append(summary.language)
        for topic in summary.topics { append(topic) }
    }

    /// One article's summary; its shared texts' numbers are `numbers` from `next` on.
    private static func encode(_ summary: ArticleSummary, numbers: [UInt32], from next: inout Int, to writer: inout ByteWriter) {
        let texts = next
        next += 4 + summary.topics.count
        writer.string(summary.url)
        writer.int(summary.publishedAt.secondsSinceEpoch)
        writer.uint(UInt64(summary.topics.count))
        for number in numbers[(texts + 4)..<next] { writer.uint(UInt64(number - 1)) }
        writer.uint(UInt64(numbers[texts]))
        writer.uint(UInt64(numbers[texts + 1]))
        writer.uint(summary.quality == nil ? 0 : 1)
        writer.int(Int64(summary.quality ?? 0))
        writer.uint(summary.isPublished.map { $0 ? 2 : 1 } ?? 0)
        writer.uint(UInt64(numbers[texts + 2]))
        writer.int(Int64(summary.providerLogo?.width ?? 0))
        writer.int(Int64(summary.providerLogo?.height ?? 0))
        writer.uint(UInt64(summary.cleaning.rawValue))
        writer.uint(summary.heat == nil ? 0 : 1)
        writer.int(Int64(summary.heat ?? 0))
        writer.uint(UInt64(summary.keywords.words.count))
        for word in summary.keywords.words { writer.uint(word) }
        writer.uint(UInt64(numbers[texts + 3]))
        writer.uint(summary.languageIsDeclared ? 1 : 0)
    }
}
