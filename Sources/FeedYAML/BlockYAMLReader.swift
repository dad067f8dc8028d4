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

    /// A position in the document, one line at a time; its collections are read in
    /// `BlockYAMLReader+Collections.swift`, its keys and scalars in `BlockYAMLReader+Scalars.swift`.
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

        /// What the libyaml path puts where the schema skips a value.
        static let skipped = YAMLNode(content: .scalar(YAMLScalar(text: "", plain: true, tag: nil)), line: 0, weight: 1)
    }
}

