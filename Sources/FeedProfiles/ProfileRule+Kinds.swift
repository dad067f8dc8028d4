/// The kinds of rule the partners state, each measuring one thing in `FeedFacts`.
extension ProfileRule {
    /// The whole document's size.
    static func fileSize(atMost bytes: Int, source: String) -> ProfileRule {
        ProfileRule(id: "file-size", label: "file", comparison: .atMost, limit: .bytes(bytes), source: source) { .bytes($0.byteCount) }
    }

    /// The largest item's size.
    static func itemSize(atMost bytes: Int, source: String) -> ProfileRule {
        ProfileRule(id: "item-size", label: "largest item", comparison: .atMost, limit: .bytes(bytes), source: source) { facts in
            facts.items.map(\.byteCount).max().map(ProfileValue.bytes)
        }
    }

    /// Items in the document, at most `count`.
    static func items(atMost count: Int, source: String) -> ProfileRule {
        ProfileRule(id: "item-count", label: "items", comparison: .atMost, limit: .count(count), source: source) { .count($0.items.count) }
    }

    /// Items in the document, at least `count`.
    static func items(atLeast count: Int, source: String) -> ProfileRule {
        ProfileRule(id: "item-count", label: "items", comparison: .atLeast, limit: .count(count), source: source) { .count($0.items.count) }
    }

    /// Every item has `field`: the number of items without it must be 0.
    static func everyItem(_ id: String, without label: String, source: String,
                          _ field: @escaping @Sendable (FeedFacts.Item) -> String?) -> ProfileRule {
        ProfileRule(id: id, label: "items without \(label)", comparison: .atMost, limit: .count(0), source: source) { facts in
            .count(facts.items.count { !isPresent(field($0)) })
        }
    }

    /// The channel (RSS `<channel>`, Atom `<feed>`) has `field`.
    static func channel(_ id: String, _ label: String, source: String,
                        _ field: @escaping @Sendable (FeedFacts) -> String?) -> ProfileRule {
        ProfileRule(id: id, label: label, comparison: .present, limit: .text("required"), source: source) { facts in
            field(facts).flatMap { isPresent($0) ? .text($0) : nil } ?? .missing
        }
    }

    /// The channel's language is a tag with a region (`en-US`).
    static func languageWithRegion(source: String) -> ProfileRule {
        ProfileRule(id: "language-region", label: "language", comparison: .languageWithRegion, limit: .text("language-REGION"),
                    source: source) { facts in
            facts.language.flatMap { isPresent($0) ? .text($0) : nil } ?? .missing
        }
    }

    /// The document is UTF-8: the XML declaration names UTF-8 or no encoding.
    static func utf8(source: String) -> ProfileRule {
        ProfileRule(id: "encoding", label: "encoding", comparison: .equalsIgnoringCase, limit: .text("UTF-8"), source: source) { facts in
            .text(facts.encoding ?? "UTF-8")
        }
    }

    /// The shortest item description, in characters of plain text, is at least `count`.
    static func descriptions(atLeast count: Int, source: String) -> ProfileRule {
        ProfileRule(id: "description-length", label: "shortest description", comparison: .atLeast, limit: .characters(count),
                    source: source) { facts in
            facts.items.compactMap { $0.description.map(trimmed) }.filter { !$0.isEmpty }.map(\.count).min().map(ProfileValue.characters)
        }
    }

    /// Every item has an image whose declared smaller side is at least `pixels`.
    static func everyItemImage(atLeast pixels: Int, source: String) -> ProfileRule {
        ProfileRule(id: "item-image", label: "items without an image of at least \(pixels) px (declared width and height)",
                    comparison: .atMost, limit: .count(0), source: source) { facts in
            .count(facts.items.count { item in !item.images.contains { ($0.smallerSide ?? 0) >= pixels } })
        }
    }

    private static func isPresent(_ text: String?) -> Bool { text.map { !trimmed($0).isEmpty } ?? false }

    private static func trimmed(_ text: String) -> String {
        String(text.drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}
