import FeedModel

/// Reading what `ArticleCache+Encoding` wrote. The summaries' repeated texts come from the
/// file's table of them (`SharedStrings`): every summary points at one copy of each.
extension ArticleCache {
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

    /// The rest of the cache, from `position` in `bytes`, after `record`. `decodedBefore` is
    /// told, every `inputsBetweenProgress` inputs, the offset in `bytes` that all before is decoded.
    init?(decodingInputs bytes: UnsafeRawBufferPointer, from position: Int, record: RunRecord?,
          decodedBefore: (Int) -> Void = { _ in }) {
        self.record = record
        var reader = ByteReader(bytes, from: position)
        do {
            index.keywords = try reader.strings()
            let shared = SharedStrings(try reader.strings())
            let inputCount = try reader.count()
            index.records.reserveCapacity(inputCount)
            for number in 0..<inputCount {
                if number % Self.inputsBetweenProgress == 0 { decodedBefore(reader.position) }
                let path = try reader.string()
                let version = try FileVersion(from: &reader)
                let isSettled = try reader.uint() == 1
                let outcome: ArticleIndex.Outcome
                switch try reader.uint() {
                case 0: outcome = .rejected(try reader.string())
                case 2: outcome = .unreadable(try reader.string())
                case 1: outcome = .article(try Self.summary(at: path, from: &reader, shared: shared), warnings: try reader.strings())
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

    /// About 1 MB of the file (~140 bytes an input).
    static let inputsBetweenProgress = 8192

    private static func summary(at path: String, from reader: inout ByteReader, shared: SharedStrings) throws(ByteReader.Malformed) -> ArticleSummary {
        let url = try reader.string()
        let publishedAt = Timestamp(secondsSinceEpoch: try reader.int())
        let topicCount = try reader.count()
        var topics: [String] = []
        topics.reserveCapacity(topicCount)
        for _ in 0..<topicCount { topics.append(try shared.string(try reader.uint())) }
        var summary = ArticleSummary(sourcePath: path, url: url, publishedAt: publishedAt, topics: topics,
                                     providerName: try optional(&reader, shared), providerDomain: try optional(&reader, shared))
        let hasQuality = try reader.uint() == 1
        let quality = try reader.int()
        summary.quality = hasQuality ? Int(truncatingIfNeeded: quality) : nil
        let published = try reader.uint()
        summary.isPublished = published == 0 ? nil : published == 2
        summary.providerLogo = logo(try optional(&reader, shared), try reader.int(), try reader.int())
        summary.cleaning = CleaningRules.Findings(rawValue: UInt8(truncatingIfNeeded: try reader.uint()))
        let hasHeat = try reader.uint() == 1
        let heat = try reader.int()
        summary.heat = hasHeat ? Int(truncatingIfNeeded: heat) : nil
        summary.keywords = try keywordBits(&reader)
        summary.language = try optional(&reader, shared)
        summary.languageIsDeclared = try reader.uint() == 1
        return summary
    }

    /// A shared text as encoded: 0 for none, else its number in the table + 1.
    private static func optional(_ reader: inout ByteReader, _ shared: SharedStrings) throws(ByteReader.Malformed) -> String? {
        let number = try reader.uint()
        return number == 0 ? nil : try shared.string(number - 1)
    }

    /// A provider logo as encoded: its URL, and 0 for a size not declared.
    private static func logo(_ url: String?, _ width: Int64, _ height: Int64) -> Article.Image? {
        url.map { Article.Image(url: $0, width: width > 0 ? Int(truncatingIfNeeded: width) : nil,
                                height: height > 0 ? Int(truncatingIfNeeded: height) : nil) }
    }

    /// Keyword bits as encoded: the count of words, then each word.
    private static func keywordBits(_ reader: inout ByteReader) throws(ByteReader.Malformed) -> KeywordBits {
        let count = try reader.count()
        var words: [UInt64] = []
        for _ in 0..<count { words.append(try reader.uint()) }
        return KeywordBits(words: words)
    }
}
