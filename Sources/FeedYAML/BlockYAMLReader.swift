/// Reads the common shape of front matter without libyaml, and declines everything else.
///
/// libyaml, scanning front matter one character at a time, took a fifth of a cold build's CPU
/// time, and turning its events into a tree another tenth (perf, 100,000 articles). Nearly
/// every article is written in one narrow shape: block mappings of identifier keys, block
/// lists, and one-line scalars. This reader accepts only that shape and builds exactly the tree
/// `YAMLParser`'s libyaml path builds for it, lines and weights included. On anything outside
/// it — flow collections, anchors, tags, block or multi-line scalars, tabs, a lone CR, rare
/// escapes, duplicate keys, odd indentation — it returns nil and libyaml parses the document,
/// so every error message, limit and corner of YAML stays libyaml's. `BlockYAMLReaderTests`
/// holds the two paths to the same trees on the fixtures and on twelve thousand mutated
/// documents per run.
///
/// The input must be valid UTF-8 (`YAMLParser.triesBlockReader`: the caller checks it).
struct BlockYAMLReader {
    let schema: YAMLSchema
    let maxNodes: Int

    /// Nesting beyond this is left to libyaml, which enforces the real limit.
    static let maxDepth = 16
    /// Keys longer than this are left to libyaml (which limits simple keys to 1,024 characters).
    static let maxKeyLength = 128

    struct Declined: Error {}

    func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> YAMLNode? {
        guard Self.hasOnlyPlainCharacters(bytes) else { return nil }
        var cursor = Cursor(bytes: bytes, maxNodes: maxNodes)
        do throws(Declined) {
            guard let first = cursor.nextContentLine(), first.indent == 0 else { return nil }
            let root = try cursor.mapping(indent: 0, schema: schema, depth: 1)
            guard cursor.nextContentLine() == nil else { return nil }
            return root
        } catch {
            return nil
        }
    }

    /// A position in the document, one line at a time; its keys and scalars are read in
    /// `BlockYAMLReader+Scalars.swift`.
    struct Cursor {
        let bytes: UnsafeBufferPointer<UInt8>
        let maxNodes: Int
        /// Start of the current line.
        var position = 0
        /// 1-based number of the current line.
        var line = 1
        var totalWeight = 0

        init(bytes: UnsafeBufferPointer<UInt8>, maxNodes: Int) {
            self.bytes = bytes
            self.maxNodes = maxNodes
        }

        struct ContentLine {
            var indent: Int
            /// Index of the first character after the indentation.
            var start: Int
        }

        /// Skips blank and comment lines; the indentation of the next line with content, nil at
        /// the end. Every scalar read here ends on its own line, so a comment line never
        /// continues one, whatever its indentation.
        mutating func nextContentLine() -> ContentLine? {
            while position < bytes.count {
                var index = position
                while index < bytes.count && bytes[index] == UInt8(ascii: " ") { index += 1 }
                if index == bytes.count { position = index; return nil }
                if isBreak(at: index) || bytes[index] == UInt8(ascii: "#") {
                    position = nextLine(after: endOfLine(from: index))
                    line += 1
                    continue
                }
                return ContentLine(indent: index - position, start: index)
            }
            return nil
        }

        /// Moves to the start of the next line; what is left of this one must be spaces, and
        /// perhaps a comment after one.
        mutating func endLine(from start: Int) throws(Declined) {
            var index = start
            while index < bytes.count && bytes[index] == UInt8(ascii: " ") { index += 1 }
            if index < bytes.count && bytes[index] == UInt8(ascii: "#") {
                guard index > 0 && bytes[index - 1] == UInt8(ascii: " ") else { throw Declined() }
                index = endOfLine(from: index)
            }
            guard index == bytes.count || isBreak(at: index) else { throw Declined() }
            position = nextLine(after: index)
            if index < bytes.count { line += 1 }
        }

        /// LF, or the CR of a CR LF (no other CR gets this far).
        func isBreak(at index: Int) -> Bool {
            bytes[index] == 0x0A || bytes[index] == 0x0D
        }

        /// The start of the line after the break at `index` (or the end).
        func nextLine(after index: Int) -> Int {
            guard index < bytes.count else { return bytes.count }
            return bytes[index] == 0x0D ? index + 2 : index + 1
        }

        /// Counts every node read, skipped or not: never fewer than the libyaml path counts,
        /// so a document that path refuses for its size is declined.
        mutating func count() throws(Declined) {
            totalWeight += 1
            guard totalWeight <= maxNodes else { throw Declined() }
        }

        // MARK: Collections

        /// A block mapping whose keys start at column `indent`; the cursor is on its first key's
        /// line (`firstKeyAt`: that key follows a list item's `-`). A nil schema reads it without
        /// building it, as the libyaml path skips it, and gives that path's placeholder.
        mutating func mapping(indent: Int, schema: YAMLSchema?, depth: Int, firstKeyAt first: Int? = nil) throws(Declined) -> YAMLNode {
            guard depth <= BlockYAMLReader.maxDepth else { throw Declined() }
            try count()
            let startLine = line
            var keys: [String] = []
            var values: [YAMLNode] = []
            var weight = 1
            var keyStart = first
            while true {
                if keyStart == nil {
                    guard let next = nextContentLine(), next.indent >= indent else { break }
                    guard next.indent == indent else { throw Declined() }
                    keyStart = next.start
                }
                let (key, afterColon) = try self.key(at: keyStart!)
                keyStart = nil
                // A duplicate is an error, which only libyaml's path reports.
                guard !keys.contains(where: { YAMLSchema.same($0, key) }) else { throw Declined() }
                try count()
                let value = try self.value(after: afterColon, parentIndent: indent, keyLine: line,
                                           schema: schema?.child(forKey: key), depth: depth)
                guard schema != nil else { continue }
                keys.append(key)
                values.append(value)
                weight += 1 + value.weight
            }
            guard schema != nil else { return Self.skipped }
            return YAMLNode(content: .mapping(keys: keys, values: values), line: startLine, weight: weight)
        }

        /// A block list whose `-` stand at column `indent`; the cursor is on its first item's line.
        /// `sharesParentIndent`: the list is a mapping value written at its key's own column.
        mutating func list(indent: Int, schema: YAMLSchema?, depth: Int, sharesParentIndent: Bool) throws(Declined) -> YAMLNode {
            guard depth <= BlockYAMLReader.maxDepth else { throw Declined() }
            try count()
            let startLine = line
            var items: [YAMLNode] = []
            var weight = 1
            while let next = nextContentLine(), next.indent >= indent {
                guard next.indent == indent else { throw Declined() }
                guard isItem(at: next.start) else {
                    // A key at the list's column ends a list that shares its parent's column.
                    if sharesParentIndent { break }
                    throw Declined()
                }
                var contentStart = next.start + 1
                while contentStart < bytes.count && bytes[contentStart] == UInt8(ascii: " ") { contentStart += 1 }
                guard contentStart < bytes.count, !isBreak(at: contentStart) else { throw Declined() }
                let item: YAMLNode
                if startsKey(at: contentStart) {
                    // `- key: value`: a mapping whose keys stand at the first key's column.
                    item = try mapping(indent: contentStart - position, schema: schema?.item, depth: depth + 1, firstKeyAt: contentStart)
                } else {
                    item = try inlineScalar(at: contentStart, schema: schema?.item, parentIndent: indent)
                }
                guard schema != nil else { continue }
                items.append(item)
                weight += item.weight
            }
            guard schema != nil else { return Self.skipped }
            return YAMLNode(content: .sequence(items), line: startLine, weight: weight)
        }

        /// `-` and a space: a list item.
        func isItem(at index: Int) -> Bool {
            bytes[index] == UInt8(ascii: "-") && index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: " ")
        }

        /// The value after `key:`: on the same line, below it, or nothing (null).
        mutating func value(after index: Int, parentIndent: Int, keyLine: Int, schema: YAMLSchema?, depth: Int) throws(Declined) -> YAMLNode {
            var start = index
            while start < bytes.count && bytes[start] == UInt8(ascii: " ") { start += 1 }
            if start < bytes.count && !isBreak(at: start) && bytes[start] != UInt8(ascii: "#") {
                return try inlineScalar(at: start, schema: schema, parentIndent: parentIndent)
            }
            try endLine(from: start)
            guard let next = nextContentLine(), next.indent >= parentIndent else {
                return try emptyValue(line: keyLine, schema: schema)
            }
            if next.indent == parentIndent {
                guard isItem(at: next.start) else { return try emptyValue(line: keyLine, schema: schema) }
                return try list(indent: parentIndent, schema: schema, depth: depth + 1, sharesParentIndent: true)
            }
            if isItem(at: next.start) {
                return try list(indent: next.indent, schema: schema, depth: depth + 1, sharesParentIndent: false)
            }
            return try mapping(indent: next.indent, schema: schema, depth: depth + 1)
        }

        /// `key:` with nothing after it: libyaml's empty plain scalar, on the key's line.
        private mutating func emptyValue(line: Int, schema: YAMLSchema?) throws(Declined) -> YAMLNode {
            try count()
            guard schema != nil else { return Self.skipped }
            return YAMLNode(content: .scalar(YAMLScalar(text: "", plain: true, tag: nil)), line: line, weight: 1)
        }

        /// What the libyaml path puts where the schema skips a value.
        static let skipped = YAMLNode(content: .scalar(YAMLScalar(text: "", plain: true, tag: nil)), line: 0, weight: 1)
    }
}

