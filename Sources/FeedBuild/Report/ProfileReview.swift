import FeedModel
import FeedProfiles

/// The build's check of feeds that name a partner profile: every such feed file, each run, so
/// that an unchanged run warns as the run that rendered it did.
enum ProfileReview {
    /// Findings of every file of `documents` in its `formats` whose feed has a profile: as found when
    /// rendered now, else in the file kept in `output`. In path order, each file's in rule order.
    static func findings(_ documents: [FeedPlan], formats: (FeedPlan) -> [FeedFormat], rendered: RenderedFiles, output: FolderPath) -> [ProfileFinding] {
        sorted(files(documents, formats: formats).flatMap { file in
            rendered.profileFindings[file.path] ?? findings(of: file, in: output)
        })
    }

    /// Every file of `documents` in its `formats` whose feed has a profile.
    static func files(_ documents: [FeedPlan], formats: (FeedPlan) -> [FeedFormat]) -> [RunRecord.ProfiledFile] {
        documents.flatMap { plan -> [RunRecord.ProfiledFile] in
            guard let profile = plan.header.profile, plan.header.archive?.isPage != true else { return [] }
            return formats(plan).map { RunRecord.ProfiledFile(path: FeedRendering.path(of: plan, $0), profile: profile, format: $0) }
        }
    }

    /// The findings of `file` as published in `output` (none when it cannot be read).
    static func findings(of file: RunRecord.ProfiledFile, in output: FolderPath) -> [ProfileFinding] {
        guard let bytes = try? FileReader.read(output.appending(file.path)) else { return [] }
        return PartnerProfile.named(file.profile).check(bytes, format: file.format, path: file.path)
    }

    /// In path order, each file's in rule order.
    static func sorted(_ findings: [ProfileFinding]) -> [ProfileFinding] {
        findings.enumerated().sorted { ($0.element.path, $0.offset) < ($1.element.path, $1.offset) }.map(\.element)
    }
}
