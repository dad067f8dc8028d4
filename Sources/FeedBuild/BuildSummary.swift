public import FeedModel
import FeedProfiles

/// What a run did: counts for the summary line, the changes, and what the report adds.
public struct BuildSummary {
    /// Feeds planned (archive pages not counted).
    public internal(set) var feeds = 0
    /// Files produced: every feed file and the four site documents.
    public internal(set) var files = 0
    /// Articles read (published and not).
    public internal(set) var articles = 0
    /// Files rejected, and entries the listing skipped.
    public internal(set) var rejected = 0
    /// What changed in the output folder.
    public internal(set) var changes = PublishedChanges()
    /// What the inclusion rules left out.
    public internal(set) var exclusions = InclusionRules.Exclusions()
    /// Titles cleaned and summaries dropped (`feedpub.yml`'s `clean`), of the articles kept.
    public internal(set) var cleaning = CleaningRules.Tally()
    /// Files listed.
    var listed = 0
    var problems: [InputProblems.Problem] = []
    /// The partner rules broken by feeds that name a profile: warnings, printed and reported.
    var profileFindings: [ProfileFinding] = []
    var feedFiles: [FeedFile] = []
    var timings = PhaseTimings()

    /// How the run ends: 73 when a file was refused, 65 when an input was rejected, else 0.
    public var status: ExitStatus {
        !changes.refused.isEmpty ? .cannotCreate : rejected > 0 ? .dataError : .ok
    }
}
