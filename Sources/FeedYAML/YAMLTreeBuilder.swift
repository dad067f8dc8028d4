internal import CLibYAML

/// Turns the event stream into nodes with a stack of open collections.
struct YAMLTreeBuilder {
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
