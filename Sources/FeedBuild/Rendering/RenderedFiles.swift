import FeedModel
import FeedProfiles

/// What rendering produced: the staged documents, and each feed file's entries and size.
struct RenderedFiles {
    var staged: [StagedDocument] = []
    var sizes: [String: FeedRendering.Size] = [:]
    /// The partner rules each rendered feed file with a profile breaks (none for the others).
    var profileFindings: [String: [ProfileFinding]] = [:]
    /// Entries in each feed file after `bytes_per_feed`: what the index, the lists and the cache count.
    var entryCounts: [String: Int] = [:]
    /// Feed files rendered without an entry their plan shows (its file changed during the run):
    /// published, but not remembered as up to date.
    var incomplete = Set<String>()
    /// Positions in pass 1's index of the files pass 2 found changed: read again next run.
    var unsettled = Set<Int>()

    /// This and `other`, a path rendered twice keeping its first size.
    mutating func append(_ other: RenderedFiles) {
        staged += other.staged
        sizes.merge(other.sizes) { first, _ in first }
        profileFindings.merge(other.profileFindings) { first, _ in first }
    }
}

extension RenderedFiles {
    /// Entries in each feed file: as rendered now, else as remembered (`bytes_per_feed` may have cut them).
    func entryCounts(of documents: [FeedPlan], formats: [FeedFormat], previous: ArticleCache) -> [String: Int] {
        var counts: [String: Int] = [:]
        for plan in documents {
            for format in formats {
                let path = FeedRendering.path(of: plan, format)
                counts[path] = sizes[path]?.entries ?? previous.outputs[path]?.entries ?? plan.entryIndices.count
            }
        }
        return counts
    }
}
