import FeedModel
import FeedProfiles

extension FeedRendering.Job {
    /// The rules of the feed's partner profile that `bytes`, this job's document, breaks: none
    /// without a profile, and none for archive pages, which partners do not fetch.
    func profileFindings(in bytes: [UInt8]) -> [ProfileFinding] {
        guard let profile = header.profile, header.archive?.isPage != true else { return [] }
        return PartnerProfile.named(profile).check(bytes, format: format, path: path)
    }
}
