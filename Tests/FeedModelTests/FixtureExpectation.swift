import Foundation

/// One thing a fixture says about itself on a `# Expect:` line, in the form
/// `<what> <JSON value>`, several on one line separated by `; `, the line ending with a period:
///
///     # Expect: rejected with "missing 'title'".
///     # Expect: topics ["AI", "Cloud"]; no warnings.
enum FixtureExpectation: Equatable, CustomStringConvertible {
    /// The decoder rejects the file with exactly this reason.
    case rejected(String)
    /// The decoder rejects the file with a reason containing this text.
    case rejectedContaining(String)
    /// The decoder rejects the file with a reason starting with this text.
    case rejectedStarting(String)
    case title(String)
    case url(String)
    /// The Markdown body, after the closing fence.
    case body(String)
    case topics([String])
    /// Exactly these warnings, in order; `no warnings` is the empty list.
    case warnings([String])

    struct Unreadable: Error, CustomStringConvertible {
        var description: String
    }

    /// The phrases a clause starts with, longest first so that one never shadows a longer one.
    private static let phrases: [(String, (Any) -> FixtureExpectation?)] = [
        ("rejected with a reason containing ", { ($0 as? String).map(rejectedContaining) }),
        ("rejected with a reason starting ", { ($0 as? String).map(rejectedStarting) }),
        ("rejected with ", { ($0 as? String).map(rejected) }),
        ("warnings ", { ($0 as? [String]).map(warnings) }),
        ("topics ", { ($0 as? [String]).map(topics) }),
        ("title ", { ($0 as? String).map(title) }),
        ("body ", { ($0 as? String).map(body) }),
        ("url ", { ($0 as? String).map(url) }),
    ]

    /// Every expectation on the `# Expect:` lines of `bytes`, in order.
    static func all(in bytes: some Collection<UInt8>) throws -> [FixtureExpectation] {
        let marker = "# Expect: "
        return try String(decoding: bytes, as: UTF8.self).split(whereSeparator: \.isNewline)
            .filter { $0.hasPrefix(marker) }
            .flatMap { line in
                var text = line.dropFirst(marker.count)
                guard text.hasSuffix(".") else { throw Unreadable(description: "no period at the end of '\(line)'") }
                text = text.dropLast()
                return try clauses(of: String(text)).map(parse)
            }
    }

    /// `text` split at each `; ` outside a quoted string.
    static func clauses(of text: String) -> [String] {
        var clauses: [String] = [], current = "", quoted = false, escaped = false
        for character in text {
            if !quoted && character == " " && current.hasSuffix(";") {
                clauses.append(String(current.dropLast()))
                current = ""
                continue
            }
            if quoted && escaped { escaped = false } else if quoted && character == "\\" { escaped = true } else if character == "\"" { quoted.toggle() }
            current.append(character)
        }
        return clauses + [current]
    }

    static func parse(_ clause: String) throws -> FixtureExpectation {
        if clause == "no warnings" { return .warnings([]) }
        for (phrase, make) in phrases where clause.hasPrefix(phrase) {
            let json = Data(clause.dropFirst(phrase.count).utf8)
            let value = try? JSONSerialization.jsonObject(with: json, options: .fragmentsAllowed)
            if let value, let expectation = make(value) { return expectation }
            throw Unreadable(description: "'\(clause)': the value after '\(phrase)' is not what it takes")
        }
        throw Unreadable(description: "'\(clause)' starts with none of: no warnings, "
                         + phrases.map { $0.0.trimmingCharacters(in: .whitespaces) }.joined(separator: ", "))
    }

    var description: String {
        switch self {
        case let .rejected(reason): return "rejected with \"\(reason)\""
        case let .rejectedContaining(text): return "rejected with a reason containing \"\(text)\""
        case let .rejectedStarting(text): return "rejected with a reason starting \"\(text)\""
        case let .title(title): return "title \"\(title)\""
        case let .url(url): return "url \"\(url)\""
        case let .body(body): return "body \(body.debugDescription)"
        case let .topics(topics): return "topics \(topics)"
        case let .warnings(warnings): return "warnings \(warnings)"
        }
    }
}
