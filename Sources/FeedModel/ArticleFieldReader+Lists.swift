internal import FeedYAML

/// The lists of mappings (images, related articles) and the URLs in them.
extension ArticleFieldReader {
    mutating func images() -> [Article.Image] { images("images", fields["images"], limit: ArticleDecoder.Limits.maxImages) }

    /// The images listed in `node` (the value of `key`), at most `limit`.
    mutating func images(_ key: String, _ node: YAMLNode?, limit: Int) -> [Article.Image] {
        list(key, node, limit: limit) { reader, item in
            guard let url = reader.url(item["url"], "\(key)[].url") else { return nil }
            return Article.Image(url: url, width: Self.positive(item["width"]), height: Self.positive(item["height"]))
        }
    }

    mutating func related() -> [Article.Related] {
        list("related", limit: ArticleDecoder.Limits.maxRelated) { reader, item in
            guard let url = reader.url(item["webUrl"] ?? item["originalUrl"], "related[].webUrl") else { return nil }
            let title = reader.optionalText(item["title"], "related[].title").flatMap { reader.name($0, "related[].title") }
            return Article.Related(url: url, title: title)
        }
    }

    /// A list of mappings, each made into a value by `make` (nil skips it).
    mutating func list<T>(_ key: String, limit: Int, _ make: (inout ArticleFieldReader, YAMLNode) -> T?) -> [T] {
        list(key, fields[key], limit: limit, make)
    }

    /// The list of mappings in `node`, the value of `key`, each made into a value by `make`.
    mutating func list<T>(_ key: String, _ node: YAMLNode?, limit: Int, _ make: (inout ArticleFieldReader, YAMLNode) -> T?) -> [T] {
        guard let node, !node.isNull else { return [] }
        guard let items = node.items else {
            collected.append(ArticleDecoder.Warning("'\(key)' is \(node.kindDescription), expected a list; ignored"))
            return []
        }
        var values: [T] = []
        for item in items where values.count < limit {
            guard item.entries != nil else {
                collected.append(ArticleDecoder.Warning("an entry of '\(key)' is \(item.kindDescription), expected a mapping; ignored"))
                continue
            }
            if let value = make(&self, item) { values.append(value) }
        }
        if items.count > limit { collected.append(ArticleDecoder.Warning("'\(key)' has \(items.count) entries; only the first \(limit) are kept")) }
        return values
    }

    mutating func url(_ node: YAMLNode?, _ key: String) -> String? {
        guard let text = optionalText(node, key) else { return nil }
        guard let url = CanonicalURL.http(text) else {
            collected.append(ArticleDecoder.Warning("'\(key)' is not an absolute http(s) URL: '\(text.prefix(80))'; ignored"))
            return nil
        }
        return url
    }
}
