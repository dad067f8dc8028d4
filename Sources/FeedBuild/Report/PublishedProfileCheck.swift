public import FeedModel
public import FeedProfiles

/// `feedpub check --profile NAME`: the feeds published in an output folder, as the partner would
/// fetch them, checked against a partner profile. Subscription documents only: archive pages
/// are not what a partner is given. Reads; writes nothing and takes no lock (every file is
/// replaced atomically, so each read sees one whole version).
public struct PublishedProfileCheck {
    /// The feed files checked, by path inside the output folder.
    public private(set) var checked: [String] = []
    /// The rules they break, in path order, each file's in rule order.
    public private(set) var findings: [ProfileFinding] = []

    /// Checks every feed file the manifest of `output` lists in a format `profile` reads; throws
    /// 66 when the folder holds no manifest (no build wrote there), 74 when a listed file cannot be read.
    public init(_ profile: PartnerProfile, output: String) throws(BuildFailure) {
        let folder = OutputFolder(root: FolderPath(output))
        guard FileVersion.of(folder.root.appending(Manifest.fileName)) != nil else {
            throw BuildFailure(.noInput, "\(output): no feeds published here (no \(Manifest.fileName)); "
                + "build first, or name the published folder with --output")
        }
        for path in Manifest(readingFrom: folder).paths.sorted() {
            guard let format = Self.subscriptionFormat(of: path), profile.formats.contains(format) else { continue }
            let bytes: [UInt8]
            do {
                bytes = try FileReader.read(folder.root.appending(path))
            } catch {
                throw BuildFailure(.ioError, "\(output)/\(path): \(error.description)")
            }
            checked.append(path)
            findings += profile.check(bytes, format: format, path: path)
        }
    }

    /// The format of a subscription document's path; nil for other files and for archive pages
    /// (`…/archive/<n>/rss.xml`).
    static func subscriptionFormat(of path: String) -> FeedFormat? {
        let parts = path.split(separator: "/")
        guard let name = parts.last, let format = FeedFormat.allCases.first(where: { $0.fileName == name }) else { return nil }
        let isArchivePage = parts.count >= 3 && parts[parts.count - 3] == "archive" && parts[parts.count - 2].allSatisfy(\.isNumber)
        return isArchivePage ? nil : format
    }
}
