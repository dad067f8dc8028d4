internal import CLibYAML

/// Builds a `YAMLNode` tree from libyaml's event API.
///
/// libyaml's events are used directly, not through a Codable decoder, which measured 6–10×
/// slower on front matter.
/// Typing, duplicate keys and aliases are therefore decided here.
public struct YAMLParser: Sendable {
    /// Limits that keep a hostile document bounded in time and memory.
    public struct Limits: Sendable {
        /// Nodes in the document with aliases expanded (an alias bomb is refused by this).
        public var maxNodes = 100_000
        /// Nesting depth of lists and mappings.
        public var maxDepth = 64

        /// Limits of at most `maxNodes` nodes and `maxDepth` levels.
        public init(maxNodes: Int = 100_000, maxDepth: Int = 64) {
            self.maxNodes = maxNodes
            self.maxDepth = maxDepth
        }
    }

    /// Which parts of the document to build. Values the schema leaves out are skipped, not
    /// built: an allowlist that keeps unused fields (an article's `secured` blob, the extra
    /// keys of related articles) out of memory altogether, and saves their strings' cost.
    /// A skipped value reads as null, also through an alias to an anchor inside it.
    let schema: YAMLSchema

    /// Why a document was refused, where.
    public struct Failure: Error, Equatable {
        /// libyaml's wording, or the limit or rule that was broken.
        public var message: String
        /// 1-based line in the YAML where the problem starts.
        public var line: Int
        /// Where libyaml noticed it, when that is another line (an unclosed quote: the end).
        public var problemLine: Int? = nil
    }

    let limits: Limits

    /// Whether `BlockYAMLReader` may read the document before libyaml does. Only for input
    /// known to be valid UTF-8; the result is the same tree either way.
    let triesBlockReader: Bool

    /// A parser that builds what `schema` names, within `limits`.
    public init(schema: YAMLSchema = .any, limits: Limits = Limits(), triesBlockReader: Bool = false) {
        self.schema = schema
        self.limits = limits
        self.triesBlockReader = triesBlockReader
    }

    /// Parses one YAML document. Empty input is a null scalar.
    public func parse(_ bytes: UnsafeRawBufferPointer) throws(Failure) -> YAMLNode {
        if triesBlockReader, let base = bytes.baseAddress,
           let root = BlockYAMLReader(schema: schema, maxNodes: limits.maxNodes)
               .parse(UnsafeBufferPointer(start: base.assumingMemoryBound(to: UInt8.self), count: bytes.count)) {
            return root
        }
        // The cheap parse first when long skipped values can be emptied; its result stands only
        // when every emptied value was confirmed skipped, else the original is parsed as is.
        if let elision = YAMLElision(bytes, schema: schema) {
            let outcome = elision.bytes.withUnsafeBytes { emptied in
                Result { () throws(Failure) in try parse(emptied, emptiedLines: elision.lines) }
            }
            if case let .success((root, true)) = outcome { return root }
        }
        return try parse(bytes, emptiedLines: []).root
    }

    /// The document's root, and whether every line of `emptiedLines` held a skipped value.
    private func parse(_ bytes: UnsafeRawBufferPointer, emptiedLines: [Int]) throws(Failure) -> (root: YAMLNode, confirmed: Bool) {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { throw Failure(message: "YAML parser could not start", line: 1) }
        defer { yaml_parser_delete(&parser) }
        let base = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self)
        yaml_parser_set_input_string(&parser, base ?? UnsafePointer(bitPattern: 1)!, bytes.count)
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)

        var builder = YAMLTreeBuilder(limits: limits, schema: schema, emptiedLines: emptiedLines)
        var event = yaml_event_t()
        while true {
            guard yaml_parser_parse(&parser, &event) == 1 else { throw Self.failure(of: parser, in: bytes) }
            defer { yaml_event_delete(&event) }
            if event.type == YAML_STREAM_END_EVENT { break }
            try builder.consume(event)
            if builder.isDocumentDone { break }
        }
        let root = builder.root ?? YAMLNode(content: .scalar(YAMLScalar(text: "", plain: true, tag: nil)), line: 1, weight: 1)
        return (root, builder.confirmedEmptiedLines == emptiedLines.count)
    }

    private static func failure(of parser: yaml_parser_t, in bytes: UnsafeRawBufferPointer) -> Failure {
        let problem = parser.problem.map { String(cString: $0) } ?? "invalid YAML"
        // Reader errors (bad bytes) carry a byte offset, not a mark: count the lines to it.
        if parser.error == YAML_READER_ERROR {
            let offset = min(Int(parser.problem_offset), bytes.count)
            return Failure(message: problem, line: bytes[..<offset].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 })
        }
        let problemLine = Int(parser.problem_mark.line) + 1
        // With a context ("while scanning a quoted scalar"), the error starts where the
        // context did: an unclosed quote is reported where it opens, not at the end of input.
        guard let context = parser.context.map({ String(cString: $0) }) else { return Failure(message: problem, line: problemLine) }
        let contextLine = Int(parser.context_mark.line) + 1
        return Failure(message: "\(context): \(problem)", line: contextLine, problemLine: contextLine == problemLine ? nil : problemLine)
    }
}
