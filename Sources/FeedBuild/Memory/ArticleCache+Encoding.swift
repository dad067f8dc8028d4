import FeedModel

/// The cache file's format: a magic line, the identity, the last run's record (`RunRecord`,
/// first, so that an unchanged run reads no further), the keyword list the inputs' keyword
/// bits are positions in (`KeywordList.folded`), the inputs in listing order, the
/// outputs by path, the feeds not yet announced to the hub, the problems last found (`ByteWriter`'s
/// integers and strings).
extension ArticleCache {
    static let magic = "feedpub-cache 10"

    /// The cache as bytes, tied to `identity` (the binary and the input folder).
    func encoded(identity: String) -> [UInt8] {
        // ~200 bytes per input and ~80 per output measured; pages never written stay unmapped.
        var writer = ByteWriter(reservingCapacity: 4096 + index.records.count * 256 + outputs.count * 128)
        writer.string(Self.magic)
        writer.string(identity)
        writer.uint(record == nil ? 0 : 1)
        record?.encode(to: &writer)
        writer.strings(index.keywords)
        writer.uint(UInt64(index.records.count))
        for input in index.records {
            writer.string(input.path)
            input.version.encode(to: &writer)
            writer.uint(input.isSettled ? 1 : 0)
            switch input.outcome {
            case let .rejected(reason):
                writer.uint(0)
                writer.string(reason)
            case let .unreadable(reason):
                writer.uint(2)
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
                writer.optionalString(summary.providerLogo?.url)
                writer.int(Int64(summary.providerLogo?.width ?? 0))
                writer.int(Int64(summary.providerLogo?.height ?? 0))
                writer.uint(UInt64(summary.cleaning.rawValue))
                writer.uint(summary.heat == nil ? 0 : 1)
                writer.int(Int64(summary.heat ?? 0))
                writer.uint(UInt64(summary.keywords.words.count))
                for word in summary.keywords.words { writer.uint(word) }
                writer.optionalString(summary.language)
                writer.uint(summary.languageIsDeclared ? 1 : 0)
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
        return writer.bytes
    }

    /// A provider logo as encoded: its URL, and 0 for a size not declared.
    private static func logo(_ url: String?, _ width: Int64, _ height: Int64) -> Article.Image? {
        url.map { Article.Image(url: $0, width: width > 0 ? Int(truncatingIfNeeded: width) : nil,
                                height: height > 0 ? Int(truncatingIfNeeded: height) : nil) }
    }

    /// Keyword bits as encoded: the count of words, then each word.
    private static func keywordBits(_ reader: inout ByteReader) throws -> KeywordBits {
        let count = try reader.count()
        return KeywordBits(words: try (0..<count).map { _ in try reader.uint() })
    }

    /// nil unless `bytes` is a cache written by this very binary (`identity`).
    init?(decoding bytes: [UInt8], identity: String) {
        guard let cache = bytes.withUnsafeBytes({ raw -> ArticleCache? in
            guard let (record, rest) = Self.decodingRecord(raw, identity: identity) else { return nil }
            return ArticleCache(decodingInputs: raw, from: rest, record: record)
        }) else { return nil }
        self = cache
    }

    /// The record at the start of `bytes`, and where the rest starts; nil unless `bytes` was
    /// written by this very binary (`identity`).
    static func decodingRecord(_ bytes: UnsafeRawBufferPointer, identity: String) -> (record: RunRecord?, rest: Int)? {
        var reader = ByteReader(bytes)
        do {
            guard try reader.string() == Self.magic, try reader.string() == identity else { return nil }
            let record = try reader.uint() == 1 ? try RunRecord(from: &reader) : nil
            return (record, reader.position)
        } catch {
            return nil
        }
    }

    /// The rest of the cache, from `position` in `bytes`, after `record`.
    init?(decodingInputs bytes: UnsafeRawBufferPointer, from position: Int, record: RunRecord?) {
        self.record = record
        var reader = ByteReader(bytes, from: position)
        do {
            index.keywords = try reader.strings()
            let inputCount = try reader.count()
            index.records.reserveCapacity(inputCount)
            for _ in 0..<inputCount {
                let path = try reader.string()
                let version = try FileVersion(from: &reader)
                let isSettled = try reader.uint() == 1
                let outcome: ArticleIndex.Outcome
                switch try reader.uint() {
                case 0: outcome = .rejected(try reader.string())
                case 2: outcome = .unreadable(try reader.string())
                case 1:
                    var summary = ArticleSummary(
                        sourcePath: path, url: try reader.string(),
                        publishedAt: Timestamp(secondsSinceEpoch: try reader.int()), topics: try reader.strings(),
                        providerName: try reader.optionalString(), providerDomain: try reader.optionalString())
                    let hasQuality = try reader.uint() == 1
                    let quality = try reader.int()
                    summary.quality = hasQuality ? Int(truncatingIfNeeded: quality) : nil
                    let published = try reader.uint()
                    summary.isPublished = published == 0 ? nil : published == 2
                    summary.providerLogo = Self.logo(try reader.optionalString(), try reader.int(), try reader.int())
                    summary.cleaning = CleaningRules.Findings(rawValue: UInt8(truncatingIfNeeded: try reader.uint()))
                    let hasHeat = try reader.uint() == 1
                    let heat = try reader.int()
                    summary.heat = hasHeat ? Int(truncatingIfNeeded: heat) : nil
                    summary.keywords = try Self.keywordBits(&reader)
                    summary.language = try reader.optionalString()
                    summary.languageIsDeclared = try reader.uint() == 1
                    outcome = .article(summary, warnings: try reader.strings())
                default: return nil
                }
                index.records.append(ArticleIndex.Record(path: path, version: version, isSettled: isSettled, outcome: outcome))
            }
            let outputCount = try reader.count()
            for _ in 0..<outputCount {
                let path = try reader.string()
                outputs[path] = Output(fingerprint: try reader.uint(), version: try FileVersion(from: &reader),
                                       entries: Int(truncatingIfNeeded: try reader.uint()))
            }
            unannounced = try reader.strings()
            problemKeys = try reader.strings()
            guard reader.isAtEnd else { return nil }
        } catch {
            return nil
        }
    }
}
