/// A node of a parsed YAML document: the subset of YAML's model that front matter needs.
public struct YAMLNode: Sendable, Equatable {
    enum Content: Sendable, Equatable {
        case scalar(YAMLScalar)
        case sequence([YAMLNode])
        /// Keys are scalars (a complex key is a parse error); order as written; `values[i]`
        /// belongs to `keys[i]`.
        case mapping(keys: [String], values: [YAMLNode])
    }

    var content: Content
    /// 1-based line of the node's start, for messages.
    public internal(set) var line: Int
    /// The number of nodes in this subtree, aliases counted at their full size, so a
    /// "billion laughs" document is refused by its size before anything walks it.
    var weight: Int

    /// The value under `key`, when this node is a mapping that has it.
    public subscript(key: String) -> YAMLNode? {
        guard case let .mapping(keys, values) = content, let index = keys.firstIndex(of: key) else { return nil }
        return values[index]
    }

    /// What a message calls this node's kind: "a list", "a mapping", "a number", "text" ...
    public var kindDescription: String {
        switch content {
        case .sequence: return "a list"
        case .mapping: return "a mapping"
        case let .scalar(scalar): return scalar.kindDescription
        }
    }
}

/// A scalar with what the YAML core schema resolves it to, so "a number where a date was
/// expected" can be told apart from the text `"2021"`.
public struct YAMLScalar: Sendable, Equatable {
    /// What the YAML core schema resolves a scalar to.
    public enum Kind: Sendable, Equatable { case text, null, bool(Bool), integer(Int), float }

    /// The text as written (after quoting and escapes).
    public internal(set) var text: String
    public internal(set) var kind: Kind

    /// Resolves a scalar by the YAML 1.2 core schema (plus YAML 1.1's yes/no booleans,
    /// which real front matter still uses). Quoted and tagged-`!!str` scalars are text.
    init(text: String, plain: Bool, tag: String?) {
        self.text = text
        if !plain || tag == "tag:yaml.org,2002:str" {
            kind = .text
        } else {
            kind = YAMLScalar.resolvePlain(text)
        }
    }

    private static func resolvePlain(_ text: String) -> Kind {
        // Most plain scalars are words: only a digit, sign or dot can start a number.
        guard let first = text.utf8.first else { return .null }
        let mayBeNumber = (48...57).contains(first) || first == UInt8(ascii: "-") || first == UInt8(ascii: "+") || first == UInt8(ascii: ".")
        // The words below start with one of these letters, and none is longer than five.
        var mayBeWord = false
        switch first {
        case UInt8(ascii: "~"), UInt8(ascii: "n"), UInt8(ascii: "N"), UInt8(ascii: "t"), UInt8(ascii: "T"), UInt8(ascii: "y"),
             UInt8(ascii: "Y"), UInt8(ascii: "o"), UInt8(ascii: "O"), UInt8(ascii: "f"), UInt8(ascii: "F"):
            mayBeWord = text.utf8.count <= 5
        default: break
        }
        if !mayBeNumber && !mayBeWord { return .text }
        // Only a possible word is compared with the words: two dozen string comparisons for
        // every number and date were most of the cost of resolving scalars.
        if mayBeWord {
            switch text {
            case "", "~", "null", "Null", "NULL": return .null
            case "true", "True", "TRUE", "yes", "Yes", "YES", "on", "On", "ON": return .bool(true)
            case "false", "False", "FALSE", "no", "No", "NO", "off", "Off", "OFF": return .bool(false)
            default: break
            }
        }
        guard mayBeNumber else { return .text }
        if let value = Int(text) { return .integer(value) }
        // No text `Double` accepts holds a colon; dates and times are the plain scalars here.
        if !text.utf8.contains(UInt8(ascii: ":")), Double(text) != nil, text.utf8.allSatisfy({ !(65...90).contains($0) || $0 == 69 }) {
            return .float
        }
        return .text
    }

    /// What a message calls this scalar's kind: "text", "empty", "a boolean", "a number".
    public var kindDescription: String {
        switch kind {
        case .text: return "text"
        case .null: return "empty"
        case .bool: return "a boolean"
        case .integer, .float: return "a number"
        }
    }
}
