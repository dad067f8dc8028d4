import FeedModel
import Synchronization

/// One copy of each text that many summaries repeat: topics, provider names, domains and
/// logos, languages. A few hundred distinct values stand for millions of fields; each
/// field then points at the one copy instead of holding its own heap allocation (at a
/// million articles, several hundred MB). The cache file stores the values once, as a table
/// (`ArticleCache+Encoding`), and each summary's fields as numbers into it.
struct SharedStrings {
    private(set) var strings: [String] = []
    private var numbers: [String: Int] = [:]
    private var recent = RecentStrings()

    init() {}

    /// The table as the cache file held it.
    init(_ strings: [String]) {
        self.strings = strings
        numbers.reserveCapacity(strings.count)
        for (number, string) in strings.enumerated() { numbers[string] = number }
    }

    /// The number of `value` in the table, which holds it from now on.
    mutating func number(of value: String) -> Int {
        if let number = recent.number(of: value) { return number }
        let number: Int
        if let known = numbers[value] {
            number = known
        } else {
            strings.append(value)
            number = strings.count - 1
            numbers[value] = number
        }
        // Remembered only as the table's own copy, which the table keeps alive: a match is then
        // that very string, never another one since allocated where a freed one was.
        if value.isSameStorage(as: strings[number]) { recent.remember(value, as: number) }
        return number
    }

    /// The table's value `number`; throws when the file says a number the table lacks.
    func string(_ number: UInt64) throws(ByteReader.Malformed) -> String {
        guard number < UInt64(strings.count) else { throw ByteReader.Malformed() }
        return strings[Int(number)]
    }

    /// `value`, as the table's copy when it has one (adding it when not). Swift keeps strings
    /// of up to 15 UTF-8 bytes inside the value, without an allocation: those are left alone.
    mutating func shared(_ value: String) -> String {
        guard value.utf8.count > 15 else { return value }
        return strings[number(of: value)]
    }

    /// `summary` with its repeated texts pointing at the table's copies.
    mutating func share(_ summary: inout ArticleSummary) {
        summary.topics = summary.topics.map { shared($0) }
        summary.providerName = summary.providerName.map { shared($0) }
        summary.providerDomain = summary.providerDomain.map { shared($0) }
        if let logo = summary.providerLogo?.url { summary.providerLogo?.url = shared(logo) }
        summary.language = summary.language.map { shared($0) }
    }

    /// The outcome, an article's summary shared as `share(_:)` does.
    mutating func share(_ outcome: ArticleIndex.Outcome) -> ArticleIndex.Outcome {
        guard case .article(var summary, let warnings) = outcome else { return outcome }
        share(&summary)
        return .article(summary, warnings: warnings)
    }
}

/// `SharedStrings` for pass 1's workers: each summary is shared as soon as it is made, so
/// the unshared copies never pile up while the files are read.
final class SharedStringsLock: Sendable {
    private let strings = Mutex(SharedStrings())

    func share(_ outcome: ArticleIndex.Outcome) -> ArticleIndex.Outcome {
        strings.withLock { $0.share(outcome) }
    }
}
