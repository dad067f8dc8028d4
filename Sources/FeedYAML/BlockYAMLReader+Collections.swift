/// Block mappings and block lists for `BlockYAMLReader`, and the values after their keys.
extension BlockYAMLReader.Cursor {
    /// A block mapping whose keys start at column `indent`; the cursor is on its first key's
    /// line (`firstKeyAt`: that key follows a list item's `-`). A nil schema reads it without
    /// building it, as the libyaml path skips it, and gives that path's placeholder.
    mutating func mapping(indent: Int, schema: YAMLSchema?, depth: Int, firstKeyAt first: Int? = nil) throws(BlockYAMLReader.Declined) -> YAMLNode {
        guard depth <= BlockYAMLReader.maxDepth else { throw BlockYAMLReader.Declined() }
        try count()
        let startLine = line
        var keys: [String] = []
        var values: [YAMLNode] = []
        if schema != nil {
            // Front matter's top level holds a dozen keys, its nested mappings a few: grown one
            // append at a time, the two arrays were reallocated four times each per document.
            keys.reserveCapacity(depth == 1 ? 16 : 4)
            values.reserveCapacity(depth == 1 ? 16 : 4)
        }
        var weight = 1
        var keyStart = first
        while true {
            if keyStart == nil {
                guard let next = nextContentLine(), next.indent >= indent else { break }
                guard next.indent == indent else { throw BlockYAMLReader.Declined() }
                keyStart = next.start
            }
            let (key, afterColon) = try self.key(at: keyStart!)
            keyStart = nil
            // A duplicate is an error, which only libyaml's path reports.
            guard !keys.contains(where: { YAMLSchema.same($0, key) }) else { throw BlockYAMLReader.Declined() }
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
    mutating func list(indent: Int, schema: YAMLSchema?, depth: Int, sharesParentIndent: Bool) throws(BlockYAMLReader.Declined) -> YAMLNode {
        guard depth <= BlockYAMLReader.maxDepth else { throw BlockYAMLReader.Declined() }
        try count()
        let startLine = line
        var items: [YAMLNode] = []
        var weight = 1
        while let next = nextContentLine(), next.indent >= indent {
            guard next.indent == indent else { throw BlockYAMLReader.Declined() }
            guard isItem(at: next.start) else {
                // A key at the list's column ends a list that shares its parent's column.
                if sharesParentIndent { break }
                throw BlockYAMLReader.Declined()
            }
            var contentStart = next.start + 1
            while contentStart < bytes.count && bytes[contentStart] == UInt8(ascii: " ") { contentStart += 1 }
            guard contentStart < bytes.count, !isBreak(at: contentStart) else { throw BlockYAMLReader.Declined() }
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
    mutating func value(after index: Int, parentIndent: Int, keyLine: Int, schema: YAMLSchema?, depth: Int) throws(BlockYAMLReader.Declined) -> YAMLNode {
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
    private mutating func emptyValue(line: Int, schema: YAMLSchema?) throws(BlockYAMLReader.Declined) -> YAMLNode {
        try count()
        guard schema != nil else { return Self.skipped }
        return YAMLNode(content: .scalar(YAMLScalar(text: "", plain: true, tag: nil)), line: line, weight: 1)
    }
}
