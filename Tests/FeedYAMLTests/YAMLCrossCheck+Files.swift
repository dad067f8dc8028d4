@testable import FeedModel
@testable import FeedYAML

extension YAMLCrossCheck {
    /// Whether the block reader, wherever it accepts a file's front matter, builds libyaml's
    /// tree, for the article schema and for the whole document. Files that are not valid UTF-8
    /// or have no front matter agree trivially (nothing reads them).
    static func agrees(_ file: ArraySlice<UInt8>) -> Bool {
        guard UTF8Validation.isValid(file), let frontMatter = try? FrontMatter(splitting: file) else { return true }
        return frontMatter.yaml.withUnsafeBufferPointer { yaml in
            [ArticleDecoder.schema, .any].allSatisfy { agrees(yaml, schema: $0) }
        }
    }
}
