import FeedModel

extension FeedRendering.Job {
    /// The document from its rendered entries, the oldest dropped until it fits `byteLimit`
    /// (never below one entry); with how many entries it kept.
    func renderFitting(_ entries: [[UInt8]]) throws -> (bytes: [UInt8], entries: Int) {
        let writer = format.writer(site: site)
        func render(_ count: Int) throws -> [UInt8] {
            try writer.render(feed.header, renderedEntries: Array(entries.prefix(count)))
        }
        let full = try render(entries.count)
        guard let byteLimit, full.count > byteLimit, entries.count > 1 else { return (full, entries.count) }
        // Size grows with the entries: the most that fit, by bisection.
        var (fits, tooMany) = (1, entries.count)
        var best = try render(1)
        while tooMany - fits > 1 {
            let middle = (fits + tooMany) / 2
            let bytes = try render(middle)
            if bytes.count <= byteLimit {
                (fits, best) = (middle, bytes)
            } else {
                tooMany = middle
            }
        }
        return (best, fits)
    }
}
