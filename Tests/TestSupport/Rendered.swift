/// A document a writer produced: its bytes, the same as text, and the document parsed back the
/// way a reader parses it. Each format's tests add an initialiser that renders and parses.
public struct Rendered<Document> {
    public let bytes: [UInt8]
    public let text: String
    public let document: Document

    /// Parses `bytes` with `parse`, which throws (failing the calling test) when they do not parse.
    public init(bytes: [UInt8], parse: ([UInt8]) throws -> Document) rethrows {
        self.bytes = bytes
        text = String(decoding: bytes, as: UTF8.self)
        document = try parse(bytes)
    }
}
