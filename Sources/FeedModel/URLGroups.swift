/// Summaries grouped by URL (`String`'s equality), groups numbered in first-seen order of
/// their URLs: what `ArticleMerger` merges.
struct URLGroups {
    /// Per group, its first summary.
    private(set) var firsts: [Int] = []
    /// The groups of several summaries (most URLs occur once): every summary, in input order.
    private(set) var repeats: [Int: [Int]] = [:]

    init(_ summaries: [ArticleSummary]) {
        var numbering = StringNumbering(capacity: summaries.count)
        var groups: [Int] = []
        groups.reserveCapacity(summaries.count)
        // Indices, not elements: iterating the elements copies (and retains) every field.
        for index in summaries.indices { groups.append(numbering.number(of: summaries[index].url).number) }
        // Byte equality is `String`'s only for ASCII; other URLs are grouped as `String` compares them.
        guard numbering.allASCII else {
            var byURL: [String: Int] = [:]
            groups = summaries.indices.map { index in
                let url = summaries[index].url
                if let known = byURL[url] { return known }
                byURL[url] = byURL.count
                return byURL.count - 1
            }
            self.init(groups: groups, count: byURL.count)
            return
        }
        self.init(groups: groups, count: numbering.count)
    }

    /// From each summary's group number.
    private init(groups: [Int], count: Int) {
        firsts = Array(repeating: -1, count: count)
        for (index, group) in groups.enumerated() {
            if firsts[group] < 0 {
                firsts[group] = index
            } else {
                repeats[group, default: [firsts[group]]].append(index)
            }
        }
    }
}
