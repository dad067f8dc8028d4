import FeedModel

extension FeedRendering.Job {
    /// The rendered feed, its oldest entries dropped until it fits `byteLimit` (never below one
    /// entry); with how many entries it kept.
    func renderFitting() throws -> (bytes: [UInt8], entries: Int) {
        let full = try format.render(feed, site: site, url: url)
        guard let byteLimit, full.count > byteLimit, feed.entries.count > 1 else { return (full, feed.entries.count) }
        func render(_ count: Int) throws -> [UInt8] {
            var shorter = feed
            shorter.entries = Array(feed.entries.prefix(count))
            return try format.render(shorter, site: site, url: url)
        }
        // Size grows with the entries: the most that fit, by bisection.
        var (fits, tooMany) = (1, feed.entries.count)
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
