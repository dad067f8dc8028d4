/// The typed reads every decoder makes of a node; each is nil when the node is of another
/// kind, and the decoder words the message (with `kindDescription` and `line`).
extension YAMLNode {
    /// The scalar, when the node is one.
    public var scalar: YAMLScalar? {
        guard case let .scalar(scalar) = content else { return nil }
        return scalar
    }

    /// Whether the node is an empty scalar: `key:` with nothing after it, `~` or `null`.
    public var isNull: Bool {
        guard case let .scalar(scalar) = content, case .null = scalar.kind else { return false }
        return true
    }

    /// The text of a scalar that is not empty, as written: numbers and booleans too.
    public var text: String? {
        guard case let .scalar(scalar) = content else { return nil }
        if case .null = scalar.kind { return nil }
        return scalar.text
    }

    /// The value of a scalar the core schema resolves to a whole number.
    public var integer: Int? {
        guard case let .scalar(scalar) = content, case let .integer(value) = scalar.kind else { return nil }
        return value
    }

    /// The value of a scalar the core schema resolves to true or false.
    public var boolean: Bool? {
        guard case let .scalar(scalar) = content, case let .bool(value) = scalar.kind else { return nil }
        return value
    }

    /// The items of a list.
    public var items: [YAMLNode]? {
        guard case let .sequence(items) = content else { return nil }
        return items
    }

    /// The keys of a mapping in the order written, and their values (`values[i]` is `keys[i]`'s).
    public var entries: (keys: [String], values: [YAMLNode])? {
        guard case let .mapping(keys, values) = content else { return nil }
        return (keys, values)
    }
}
