internal import FeedYAML

/// Typed values, each refused with a message naming its key and line.
extension ConfigurationDecoder {
    static func mapping(_ node: YAMLNode, _ what: String, known: [String]?) throws(Failure) -> [(String, YAMLNode)] {
        guard let (keys, values) = node.entries else {
            throw Failure(line: node.line, message: "\(what) is \(node.kindDescription), expected a mapping of keys to values")
        }
        if let known {
            for (key, value) in zip(keys, values) where !known.contains(key) {
                throw Failure(line: value.line, message: "unknown key '\(key)' (known: \(known.joined(separator: ", ")))")
            }
        }
        return Array(zip(keys, values))
    }

    static func text(_ node: YAMLNode, _ key: String) throws(Failure) -> String {
        // Numbers read as written; an empty value and true or false are not text here.
        guard let text = node.text, node.boolean == nil else {
            throw Failure(line: node.line, message: "'\(key)' is \(node.kindDescription), expected text")
        }
        return text.trimmingWhitespace()
    }

    static func nonEmptyText(_ node: YAMLNode, _ key: String) throws(Failure) -> String {
        let value = try text(node, key)
        guard !value.isEmpty else { throw Failure(line: node.line, message: "'\(key)' must not be empty") }
        return value
    }

    static func integer(_ node: YAMLNode, _ key: String, in range: ClosedRange<Int>) throws(Failure) -> Int {
        guard let value = node.integer else {
            throw Failure(line: node.line, message: "'\(key)' is \(node.kindDescription), expected a whole number")
        }
        do {
            return try SiteConfiguration.InvalidSetting.checking(value, in: range)
        } catch {
            throw Failure(line: node.line, message: error.message(naming: "'\(key)'"))
        }
    }

    /// A text value made into a setting type, whose initialiser words the rule.
    static func setting<Value>(_ node: YAMLNode, _ key: String,
                                       _ make: (String) throws(SiteConfiguration.InvalidSetting) -> Value) throws(Failure) -> Value {
        let text = try text(node, key)
        do {
            return try make(text)
        } catch {
            throw Failure(line: node.line, message: error.message(naming: "'\(key)'"))
        }
    }

    static func boolean(_ node: YAMLNode, _ key: String) throws(Failure) -> Bool {
        guard let value = node.boolean else {
            throw Failure(line: node.line, message: "'\(key)' is \(node.kindDescription), expected true or false")
        }
        return value
    }

    static func names(_ node: YAMLNode, _ key: String) throws(Failure) -> [String] {
        guard let items = node.items else {
            throw Failure(line: node.line, message: "'\(key)' is \(node.kindDescription), expected a list")
        }
        var names: [String] = []
        for item in items { names.append(try nonEmptyText(item, key)) }
        return names
    }

    static func choices(_ node: YAMLNode, _ key: String, known: [String]) throws(Failure) -> [String] {
        guard let items = node.items else {
            throw Failure(line: node.line, message: "'\(key)' is \(node.kindDescription), expected a list")
        }
        var chosen: [String] = []
        for item in items {
            let value = try text(item, key)
            guard known.contains(value) else {
                throw Failure(line: item.line, message: "'\(key)' has unknown value '\(value)' (known: \(known.joined(separator: ", ")))")
            }
            chosen.append(value)
        }
        guard !chosen.isEmpty else { throw Failure(line: node.line, message: "'\(key)' must not be empty") }
        return chosen
    }
}
