import FeedModel
import FeedProfiles

/// The build's check of feeds that name a partner profile: every such feed file, each run, so
/// that an unchanged run warns as the run that rendered it did.
enum ProfileReview {
    /// Findings of every file of `documents` in `formats` whose feed has a profile: as found when
    /// rendered now, else in the file kept in `output`. In path order, each file's in rule order.
    static func findings(_ documents: [FeedPlan], formats: [FeedFormat], rendered: RenderedFiles, output: FolderPath) -> [ProfileFinding] {
        var findings: [ProfileFinding] = []
        for plan in documents where plan.header.profile != nil && plan.header.archive?.isPage != true {
            for format in formats {
                let path = FeedRendering.path(of: plan, format)
                if let found = rendered.profileFindings[path] {
                    findings += found
                } else if let bytes = try? FileReader.read(output.appending(path)), let profile = plan.header.profile {
                    findings += PartnerProfile.named(profile).check(bytes, format: format, path: path)
                }
            }
        }
        return findings.enumerated().sorted { ($0.element.path, $0.offset) < ($1.element.path, $1.offset) }.map(\.element)
    }
}
