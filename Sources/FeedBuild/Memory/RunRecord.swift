import FeedModel

/// What the last run left and reported, so that a run finding the same inputs, settings and
/// output folder can report the same without cataloguing or planning anything (`UnchangedRun`).
///
/// A full run over the same input, with the same settings and binary, into an output folder
/// that no one touched since, changes nothing (its output is a pure function of them) and
/// reports what the last run reported: that is what this record answers.
struct RunRecord: Equatable {
    /// `SettingsFingerprint` of the run's settings.
    var settings: UInt64
    /// `InputListing.fingerprint` of what the run listed.
    var listing: UInt64
    /// Every file the run left in the output folder and every folder holding one, with its
    /// version then (nil: nothing was there). A run killed after staging leaves a temporary
    /// file, which changes its folder's version.
    var outputs: [Output] = []

    struct Output: Equatable {
        var path: String
        var version: FileVersion?
        /// Entries, for a feed file (what the report lists); nil for the other files.
        var entries: Int?
    }

    /// A file of a feed with a partner profile, checked again each run (`ProfileReview`).
    struct ProfiledFile: Equatable {
        var path: String
        var profile: PartnerProfileName
        var format: FeedFormat
    }

    // What the summary and the report said.
    var feeds = 0
    var files = 0
    var articles = 0
    var rejected = 0
    /// Files produced (all unchanged when nothing changed).
    var produced = 0
    var exclusions = InclusionRules.Exclusions()
    var cleaning = CleaningRules.Tally()
    var problems: [InputProblems.Problem] = []
    var profiled: [ProfiledFile] = []

    init(settings: UInt64, listing: UInt64) {
        self.settings = settings
        self.listing = listing
    }
}

