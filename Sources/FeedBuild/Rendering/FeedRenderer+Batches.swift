extension FeedRenderer {
    /// The jobs in order, cut where the articles they show would pass `maximumArticles`. Jobs
    /// come newest feeds first and archive pages by age, so a batch's jobs share most articles.
    static func batches(_ jobs: [RenderJob], maximumArticles: Int) -> [[RenderJob]] {
        var batches: [[RenderJob]] = []
        var current: [RenderJob] = []
        var articles = Set<Int>()
        for job in jobs {
            let added = job.plan.entryIndices.filter { !articles.contains($0) }
            if !current.isEmpty && articles.count + added.count > maximumArticles {
                batches.append(current)
                current = []
                articles = []
            }
            current.append(job)
            articles.formUnion(job.plan.entryIndices)
        }
        if !current.isEmpty { batches.append(current) }
        return batches
    }
}
