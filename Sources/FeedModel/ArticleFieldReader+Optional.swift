internal import FeedYAML

/// The optional fields: a bad value drops the field with a warning; the article is still published.
extension ArticleFieldReader {
    /// The text of a scalar (numbers and booleans read as written); nil with a warning otherwise.
    mutating func optionalText(_ node: YAMLNode?, _ key: String, warn: Bool = true) -> String? {
        guard let node else { return nil }
        guard let scalar = node.scalar else {
            if warn { collected.append(ArticleDecoder.Warning("'\(key)' is \(node.kindDescription), expected text; ignored")) }
            return nil
        }
        return node.isNull ? nil : text(of: scalar, key)
    }

    mutating func name(_ text: String, _ key: String) -> String? {
        let cleaned = Self.cleanTitle(text)
        if cleaned.isLonger(than: ArticleDecoder.Limits.maxNameCharacters) {
            collected.append(ArticleDecoder.Warning("'\(key)' is longer than \(ArticleDecoder.Limits.maxNameCharacters) characters; cut"))
        }
        return cleaned.isEmpty ? nil : cleaned.truncated(to: ArticleDecoder.Limits.maxNameCharacters)
    }

    mutating func excerpt(_ text: String) -> String? {
        let cleaned = text.decodingHTMLEntities().trimmingWhitespace()
        if cleaned.isLonger(than: ArticleDecoder.Limits.maxExcerptCharacters) {
            collected.append(ArticleDecoder.Warning("'excerpt' is longer than \(ArticleDecoder.Limits.maxExcerptCharacters) characters; cut"))
            return cleaned.truncated(to: ArticleDecoder.Limits.maxExcerptCharacters)
        }
        return cleaned.isEmpty ? nil : cleaned
    }

    mutating func integer(_ key: String) -> Int? {
        guard let node = fields[key], !node.isNull else { return nil }
        if let value = node.integer ?? node.text.flatMap({ Int($0.trimmingWhitespace()) }) { return value }
        collected.append(ArticleDecoder.Warning("'\(key)' is \(node.kindDescription), expected a whole number; ignored"))
        return nil
    }

    mutating func boolean(_ key: String) -> Bool? {
        guard let node = fields[key], !node.isNull else { return nil }
        if let value = node.boolean { return value }
        collected.append(ArticleDecoder.Warning("'\(key)' is \(node.kindDescription), expected true or false; ignored"))
        return nil
    }

    mutating func provider() -> Article.Provider? {
        guard let node = fields["provider"] else { return nil }
        if node.scalar != nil {
            // `provider: Name` is read as the name, the shape a hand-written file most likely meant.
            return optionalText(node, "provider").flatMap { name($0, "provider") }.map { Article.Provider(name: $0, domain: nil) }
        }
        guard node.entries != nil else {
            collected.append(ArticleDecoder.Warning("'provider' is a list, expected a mapping with 'name'; ignored"))
            return nil
        }
        guard let name = optionalText(node["name"], "provider.name").flatMap({ name($0, "provider.name") }) else {
            if node["name"] == nil { collected.append(ArticleDecoder.Warning("'provider' has no 'name'; ignored")) }
            return nil
        }
        var domain = optionalText(node["domain"], "provider.domain").map { $0.trimmingWhitespace().lowercased() }
        if let given = domain, !Self.isHostName(given) {
            collected.append(ArticleDecoder.Warning("'provider.domain' is not a host name: '\(given.prefix(80))'; ignored"))
            domain = nil
        }
        // Only the first usable image is shown (the provider feed's logo).
        let logo = images("provider.images", node["images"], limit: ArticleDecoder.Limits.maxImages).first
        return Article.Provider(name: name, domain: domain?.isEmpty == false ? domain : nil, logo: logo)
    }

    mutating func topics() -> [String] {
        guard let node = fields["topics"], !node.isNull else { return [] }
        let items: [YAMLNode]
        if let list = node.items {
            items = list
        } else if node.scalar != nil {
            collected.append(ArticleDecoder.Warning("'topics' is text, expected a list; read as one topic"))
            items = [node]
        } else {
            collected.append(ArticleDecoder.Warning("'topics' is a mapping, expected a list; ignored"))
            return []
        }
        var seen = Set<FeedName>()
        var topics: [String] = []
        var skipped = 0
        for item in items {
            guard let scalar = item.scalar else { skipped += 1; continue }
            if item.isNull { continue }
            guard let topic = FeedName(text(of: scalar, "topics").decodingHTMLEntities().truncated(to: ArticleDecoder.Limits.maxNameCharacters)),
                  seen.insert(topic).inserted else { continue }
            topics.append(topic.display)
        }
        if skipped > 0 { collected.append(ArticleDecoder.Warning("'topics' has \(skipped) entries that are not text; ignored")) }
        if topics.count > ArticleDecoder.Limits.maxTopics {
            collected.append(ArticleDecoder.Warning("\(topics.count) topics; only the first \(ArticleDecoder.Limits.maxTopics) are kept"))
            topics.removeLast(topics.count - ArticleDecoder.Limits.maxTopics)
        }
        return topics
    }
}
