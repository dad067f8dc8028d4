import Foundation

/// A measured value or a limit, with its unit: what a finding prints and its JSON carries.
public enum ProfileValue: Sendable, Equatable {
    case bytes(Int)
    case count(Int)
    case characters(Int)
    case text(String)
    /// Nothing there to measure (an element that is missing).
    case missing

    /// As printed: sizes in decimal units (`2.4 MB`, `512 kB`), counts bare, text as is.
    public var description: String {
        switch self {
        case let .bytes(bytes): return Self.size(bytes)
        case let .count(count): return String(count)
        case let .characters(count): return "\(count) characters"
        case let .text(text): return text
        case .missing: return "missing"
        }
    }

    /// The JSON value: a number for sizes and counts, a string for text, null when missing.
    public var jsonValue: Any {
        switch self {
        case let .bytes(number), let .count(number), let .characters(number): return number
        case let .text(text): return text
        case .missing: return NSNull()
        }
    }

    /// The unit as JSON names it, nil for text.
    public var unit: String? {
        switch self {
        case .bytes: return "bytes"
        case .count: return "count"
        case .characters: return "characters"
        case .text, .missing: return nil
        }
    }

    /// Decimal units, one decimal, trailing `.0` dropped: `2 MB`, `2.4 MB`, `512 kB`, `900 bytes`.
    static func size(_ bytes: Int) -> String {
        guard bytes >= 1_000 else { return "\(bytes) bytes" }
        let (unitBytes, unit) = bytes >= 1_000_000 ? (1_000_000, "MB") : (1_000, "kB")
        // Whole tenths, rounded down, so a size just over a limit never prints as further over than it is.
        let tenths = bytes / (unitBytes / 10)
        return "\(tenths / 10)\(tenths % 10 == 0 ? "" : ".\(tenths % 10)") \(unit)"
    }
}
