internal import CLibYAML

/// Builds a `YAMLNode` tree from libyaml's event API.
///
/// libyaml's events are used directly, not through a decoder: measured on this machine it
/// parses front matter 6–10× faster than Yams' `YAMLDecoder` (see NOTES.md and the benchmark).
/// Typing, duplicate keys and aliases are therefore decided here.
struct YAMLParser {
    /// Limits that keep a hostile document bounded in time and memory.
    struct Limits {
        /// Nodes in the document with aliases expanded (an alias bomb is refused by this).
        var maxNodes = 100_000
        /// Nesting depth of lists and mappings.
        var maxDepth = 64
    }

    /// Which parts of the document to build. Values the schema leaves out are skipped, not
    /// built: an allowlist that keeps unused fields (an article's `secured` blob, the extra
    /// keys of related articles) out of memory altogether, and saves their strings' cost.
    /// A skipped value reads as null, also through an alias to an anchor inside it.
    var schema: YAMLSchema = .any

    struct Failure: Error, Equatable {
        var message: String
        /// 1-based line in the YAML where the problem starts.
        var line: Int
        /// Where libyaml noticed it, when that is another line (an unclosed quote: the end).
        var problemLine: Int? = nil
    }

    var limits = Limits()

    /// Whether `BlockYAMLReader` may read the document before libyaml does. Only for input
    /// known to be valid UTF-8; the result is the same tree either way.
    var triesBlockReader = false

    /// Parses one YAML document. Empty input is a null scalar.
    func parse(_ bytes: UnsafeRawBufferPointer) throws(Failure) -> YAMLNode {
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

        var builder = TreeBuilder(limits: limits, schema: schema, emptiedLines: emptiedLines)
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

/// Turns the event stream into nodes with a stack of open collections.
private struct TreeBuilder {
    /// A list or mapping still being read. Mutated in place on the stack, so appending stays
    /// amortised O(1) even for a list of thousands of topics.
    private struct Frame {
        var isMapping: Bool
        var line: Int
        var anchor: String?
        var schema: YAMLSchema
        var weight = 1
        var items: [YAMLNode] = []
        var keys: [String] = []

        var pendingKey: String?
        /// Keys of a large mapping, for duplicate checks; small ones search `keys`.
        var keySet: Set<String>?

        /// Front matter mappings hold a dozen keys, where a linear search beats hashing; a
        /// large mapping switches to a set so that a hostile one stays linear in time.
        mutating func isNewKey(_ key: String) -> Bool {
            if keySet == nil && keys.count < 32 { return !keys.contains { YAMLSchema.same($0, key) } }
            if keySet == nil { keySet = Set(keys) }
            return keySet!.insert(key).inserted
        }
    }

    let limits: YAMLParser.Limits
    let schema: YAMLSchema
    /// Open collections inside a value being skipped; 0 when not skipping.
    private var skipDepth = 0
    private var stack: [Frame] = []
    private var anchors: [String: YAMLNode] = [:]
    private var totalWeight = 0
    private(set) var root: YAMLNode?
    private(set) var isDocumentDone = false
    /// 0-based lines whose long value `YAMLElision` emptied, ascending.
    private let emptiedLines: [Int]
    /// How many of them held an empty, one-line, double-quoted scalar that was skipped.
    private(set) var confirmedEmptiedLines = 0

    init(limits: YAMLParser.Limits, schema: YAMLSchema, emptiedLines: [Int] = []) {
        self.limits = limits
        self.schema = schema
        self.emptiedLines = emptiedLines
    }

    private static let skipped = YAMLNode(content: .scalar(YAMLScalar(text: "", plain: true, tag: nil)), line: 0, weight: 1)

    /// The schema of the node that starts next, or nil when the schema skips it.
    private var nextSchema: YAMLSchema? {
        guard let top = stack.last else { return schema }
        guard top.isMapping else { return top.schema.item }
        guard let key = top.pendingKey else { return .any }
        return top.schema.child(forKey: key)
    }

    mutating func consume(_ event: yaml_event_t) throws(YAMLParser.Failure) {
        let line = Int(event.start_mark.line) + 1
        guard skipDepth == 0, let childSchema = nextSchema else {
            try skip(event, line: line)
            return
        }
        switch event.type {
        case YAML_SCALAR_EVENT:
            let data = event.data.scalar
            let text = data.value.map { String(decoding: UnsafeBufferPointer(start: $0, count: data.length), as: UTF8.self) } ?? ""
            let scalar = YAMLScalar(text: text, plain: data.style == YAML_PLAIN_SCALAR_STYLE, tag: string(data.tag))
            try add(YAMLNode(content: .scalar(scalar), line: line, weight: 1), anchor: string(data.anchor), line: line)
        case YAML_ALIAS_EVENT:
            let name = string(event.data.alias.anchor) ?? ""
            guard let node = anchors[name] else { throw .init(message: "unknown alias *\(name)", line: line) }
            try add(node, anchor: nil, line: line)
        case YAML_SEQUENCE_START_EVENT:
            try open(Frame(isMapping: false, line: line, anchor: string(event.data.sequence_start.anchor), schema: childSchema))
        case YAML_MAPPING_START_EVENT:
            try open(Frame(isMapping: true, line: line, anchor: string(event.data.mapping_start.anchor), schema: childSchema))
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            guard let frame = stack.popLast() else { return }
            let content: YAMLNode.Content = frame.isMapping
                ? .mapping(keys: frame.keys, values: frame.items)
                : .sequence(frame.items)
            try add(YAMLNode(content: content, line: frame.line, weight: frame.weight),
                    anchor: frame.anchor, line: frame.line, counted: true)
        case YAML_DOCUMENT_END_EVENT:
            isDocumentDone = true
        default:
            break
        }
    }

    /// Follows a skipped value's events to its end, then adds one null placeholder for it.
    private mutating func skip(_ event: yaml_event_t, line: Int) throws(YAMLParser.Failure) {
        var anchor: UnsafeMutablePointer<yaml_char_t>?
        switch event.type {
        case YAML_SEQUENCE_START_EVENT: skipDepth += 1; anchor = event.data.sequence_start.anchor
        case YAML_MAPPING_START_EVENT: skipDepth += 1; anchor = event.data.mapping_start.anchor
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT: skipDepth -= 1
        case YAML_SCALAR_EVENT:
            anchor = event.data.scalar.anchor
            if !emptiedLines.isEmpty { confirmIfEmptied(event) }
        default: break
        }
        if let name = string(anchor) { anchors[name] = Self.skipped }
        guard skipDepth < limits.maxDepth else {
            throw .init(message: "nesting deeper than \(limits.maxDepth) levels", line: line)
        }
        if skipDepth == 0 { try add(Self.skipped, anchor: nil, line: line) }
    }

    /// Counts a skipped scalar that is one of the emptied values: `""` alone on its line.
    private mutating func confirmIfEmptied(_ event: yaml_event_t) {
        let scalar = event.data.scalar
        let line = Int(event.start_mark.line)
        guard scalar.length == 0, scalar.style == YAML_DOUBLE_QUOTED_SCALAR_STYLE, Int(event.end_mark.line) == line,
              confirmedEmptiedLines < emptiedLines.count, emptiedLines[confirmedEmptiedLines] == line else { return }
        confirmedEmptiedLines += 1
    }

    private mutating func open(_ frame: Frame) throws(YAMLParser.Failure) {
        guard stack.count < limits.maxDepth else {
            throw .init(message: "nesting deeper than \(limits.maxDepth) levels", line: frame.line)
        }
        stack.append(frame)
    }

    /// Adds a finished node to the innermost open collection (or makes it the root).
    /// `counted` nodes were already counted child by child as they were built.
    private mutating func add(_ node: YAMLNode, anchor: String?, line: Int, counted: Bool = false) throws(YAMLParser.Failure) {
        if !counted {
            totalWeight += node.weight
            guard totalWeight <= limits.maxNodes else {
                throw .init(message: "more than \(limits.maxNodes) YAML nodes (aliases expanded); refusing to read further", line: line)
            }
        }
        if let anchor { anchors[anchor] = node }
        let top = stack.count - 1
        guard top >= 0 else {
            root = node
            return
        }
        stack[top].weight += node.weight
        if !stack[top].isMapping {
            stack[top].items.append(node)
        } else if let key = stack[top].pendingKey {
            guard stack[top].isNewKey(key) else {
                // A value the schema skips was never built and has no line of its own: the event's line.
                throw .init(message: "duplicate key '\(key)'", line: node.line > 0 ? node.line : line)
            }
            stack[top].keys.append(key)
            stack[top].items.append(node)
            stack[top].pendingKey = nil
        } else {
            guard case let .scalar(scalar) = node.content else {
                throw .init(message: "a list or mapping used as a mapping key", line: node.line)
            }
            stack[top].pendingKey = scalar.text
        }
    }

    private func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)) }
    }
}

/// Which parts of a YAML document to build (see `YAMLParser.schema`).
struct YAMLSchema: Sendable {
    // A struct, not an indirect enum: Swift keeps an enum case's box pointer with the case tag
    // in the pointer's spare bits, where LeakSanitizer cannot see it, so every ASan build (the
    // fuzzer's included) reported the decoder's static schema as leaked at exit.

    /// For a mapping, only these keys' values, each by its own schema; nil: every key.
    private var keys: [(key: String, schema: YAMLSchema)]?
    /// For a list, its items' schema (one element); empty: every item.
    private var items: [YAMLSchema] = []

    /// Everything.
    static var any: YAMLSchema { YAMLSchema(keys: nil) }
    /// For a mapping, only these keys' values, each by its own schema.
    static func mapping(_ keys: [(key: String, schema: YAMLSchema)]) -> YAMLSchema { YAMLSchema(keys: keys) }
    /// For a list, every item by this schema.
    static func list(_ item: YAMLSchema) -> YAMLSchema { YAMLSchema(keys: nil, items: [item]) }

    /// The schema of the value under `key`, or nil when it is skipped.
    func child(forKey key: String) -> YAMLSchema? {
        guard let keys else { return .any }
        return keys.first(where: { Self.same($0.key, key) })?.schema
    }

    /// `==` for keys, lengths first: comparing two different strings of the same kind went
    /// through the standard library's slow path, and most keys differ in length.
    static func same(_ one: String, _ other: String) -> Bool {
        one.utf8.count == other.utf8.count && one == other
    }

    /// The schema of a list's items.
    var item: YAMLSchema { items.first ?? .any }

    /// Whether a mapping this schema lists for a value below the top level names `key`: a
    /// guess at whether an indented `key:` is read, for `YAMLElision` (which confirms it).
    /// Values built whole (`.any`) are taken to be scalars, as front matter has them.
    func namesBelowTop(_ key: String) -> Bool {
        keys?.contains { $0.schema.names(key) } ?? false
    }

    private func names(_ key: String) -> Bool {
        if let item = items.first { return item.names(key) }
        return keys?.contains { $0.key == key || $0.schema.names(key) } ?? false
    }
}
