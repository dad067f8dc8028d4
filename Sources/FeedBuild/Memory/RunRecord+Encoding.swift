import FeedModel

/// The record as the cache file holds it, before the inputs (`ArticleCache+Encoding`): a run
/// that can use it never reads the rest of the file.
extension RunRecord {
    func encode(to writer: inout ByteWriter) {
        writer.uint(settings)
        writer.uint(listing)
        writer.uint(UInt64(outputs.count))
        for output in outputs {
            writer.string(output.path)
            writer.uint(output.version == nil ? 0 : 1)
            output.version?.encode(to: &writer)
            writer.uint(output.entries.map { UInt64($0) + 1 } ?? 0)
        }
        for count in [feeds, files, articles, rejected, produced] { writer.uint(UInt64(count)) }
        for count in [exclusions.unpublished, exclusions.belowQuality, exclusions.tooOld, exclusions.excludedProvider,
                      exclusions.topicsRemoved] {
            writer.uint(UInt64(count))
        }
        writer.strings(cleaning.titles)
        writer.strings(cleaning.summaries)
        writer.uint(UInt64(problems.count))
        for problem in problems {
            writer.string(problem.path)
            writer.uint(problem.severity == .error ? 1 : 0)
            writer.string(problem.message)
        }
        writer.uint(UInt64(profiled.count))
        for file in profiled {
            writer.string(file.path)
            writer.string(file.profile.rawValue)
            writer.string(file.format.rawValue)
        }
    }

    init(from reader: inout ByteReader) throws(ByteReader.Malformed) {
        self.init(settings: try reader.uint(), listing: try reader.uint())
        let outputCount = try reader.count()
        outputs.reserveCapacity(outputCount)
        for _ in 0..<outputCount {
            let path = try reader.string()
            let version = try reader.uint() == 1 ? try FileVersion(from: &reader) : nil
            let entries = try reader.uint()
            outputs.append(Output(path: path, version: version, entries: entries == 0 ? nil : Int(truncatingIfNeeded: entries - 1)))
        }
        feeds = try reader.integer()
        files = try reader.integer()
        articles = try reader.integer()
        rejected = try reader.integer()
        produced = try reader.integer()
        exclusions.unpublished = try reader.integer()
        exclusions.belowQuality = try reader.integer()
        exclusions.tooOld = try reader.integer()
        exclusions.excludedProvider = try reader.integer()
        exclusions.topicsRemoved = try reader.integer()
        cleaning = CleaningRules.Tally(titles: try reader.strings(), summaries: try reader.strings())
        let problemCount = try reader.count()
        for _ in 0..<problemCount {
            let path = try reader.string()
            let severity: InputProblems.Severity = try reader.uint() == 1 ? .error : .warning
            problems.append(InputProblems.Problem(path: path, severity: severity, message: try reader.string()))
        }
        let profiledCount = try reader.count()
        for _ in 0..<profiledCount {
            let path = try reader.string()
            guard let profile = PartnerProfileName(rawValue: try reader.string()),
                  let format = FeedFormat(rawValue: try reader.string()) else { throw ByteReader.Malformed() }
            profiled.append(ProfiledFile(path: path, profile: profile, format: format))
        }
    }
}
