import FeedModel

/// How the summary line says what the inclusion rules left out (only the rules configured),
/// and what cleaning changed (only when it changed something).
enum ExclusionText {
    static func summary(_ exclusions: InclusionRules.Exclusions, rules: InclusionRules) -> String {
        var parts: [String] = []
        if rules.onlyPublished { parts.append("\(exclusions.unpublished) unpublished") }
        if let minQuality = rules.minQuality { parts.append("\(exclusions.belowQuality) below quality \(minQuality)") }
        if let days = rules.maxAgeDays { parts.append("\(exclusions.tooOld) older than \(days) day\(days == 1 ? "" : "s")") }
        if !rules.excludedProviders.isEmpty { parts.append("\(exclusions.excludedProvider) from excluded providers") }
        if !rules.excludedTopics.isEmpty {
            parts.append("excluded topics removed from \(exclusions.topicsRemoved) article\(exclusions.topicsRemoved == 1 ? "" : "s")")
        }
        return "\(exclusions.excludedArticles) excluded (" + parts.joined(separator: ", ") + ")"
    }

    /// `; 168 titles cleaned, 25 summaries dropped`, each part only when non-zero; else empty.
    static func cleaning(_ tally: CleaningRules.Tally) -> String {
        var parts: [String] = []
        let (titles, summaries) = (tally.titles.count, tally.summaries.count)
        if titles > 0 { parts.append("\(titles) title\(titles == 1 ? "" : "s") cleaned") }
        if summaries > 0 { parts.append("\(summaries) summar\(summaries == 1 ? "y" : "ies") dropped") }
        return parts.isEmpty ? "" : "; " + parts.joined(separator: ", ")
    }
}
