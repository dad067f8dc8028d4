/// Holds `BlockYAMLReader` to libyaml: for the fuzzer and the tests, never used by a build.
public enum YAMLCrossCheck {
    /// Whether the block reader, wherever it accepts a file's front matter, builds the very
    /// tree libyaml's path builds, for the article schema and for the whole document. Files
    /// that are not valid UTF-8 or have no front matter agree trivially (nothing reads them).
    public static func agrees(_ file: ArraySlice<UInt8>) -> Bool {
        guard UTF8Validation.isValid(file), let frontMatter = try? FrontMatter(splitting: file) else { return true }
        return frontMatter.yaml.withUnsafeBufferPointer { yaml in
            [ArticleDecoder.schema, .any].allSatisfy { agrees(yaml, schema: $0) }
        }
    }

    /// The same for one YAML document: true when the block reader declines it.
    static func agrees(_ yaml: UnsafeBufferPointer<UInt8>, schema: YAMLSchema) -> Bool {
        let limits = YAMLParser.Limits(maxNodes: ArticleLimits.maxYAMLNodes, maxDepth: ArticleLimits.maxYAMLDepth)
        guard let shortcut = BlockYAMLReader(schema: schema, maxNodes: limits.maxNodes).parse(yaml) else { return true }
        let reference = Result { () throws(YAMLParser.Failure) in
            try YAMLParser(schema: schema, limits: limits).parse(UnsafeRawBufferPointer(yaml))
        }
        return (try? reference.get()) == shortcut
    }
}
