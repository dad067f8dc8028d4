/// How long the input must be quiet before a rebuild (`feedpub watch --debounce`), and the
/// longest a change waits while others keep coming: twice that, so that a stream of changes is
/// published in steps instead of waiting for the stream to end.
public struct Debounce: Equatable, Sendable {
    /// The quiet time, in nanoseconds.
    public let quietNanoseconds: UInt64

    /// The default: 200 ms, enough for an editor's or rsync's write-then-rename to finish.
    public static let standard = Debounce(milliseconds: 200)

    /// The longest time from the first change to the rebuild.
    public var longestNanoseconds: UInt64 { quietNanoseconds * 2 }

    /// A quiet time of `milliseconds`.
    public init(milliseconds: Int) { quietNanoseconds = UInt64(max(0, milliseconds)) * 1_000_000 }

    /// `250ms`, `0.25s`, `2s`, or a bare number of milliseconds (`250`); nil for anything else,
    /// and for more than a minute.
    public init?(parsing text: String) {
        let (number, scale): (Substring, Double) =
            text.hasSuffix("ms") ? (text.dropLast(2), 1) : text.hasSuffix("s") ? (text.dropLast(), 1000) : (Substring(text), 1)
        guard let value = Double(number), value.isFinite, value >= 0, value * scale <= 60_000,
              number.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }) else { return nil }
        self.init(milliseconds: Int((value * scale).rounded()))
    }

    /// `200 ms`.
    public var text: String { "\(quietNanoseconds / 1_000_000) ms" }
}
