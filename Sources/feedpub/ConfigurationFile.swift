import FeedBuild
import FeedModel
import Foundation

/// Finds and reads `feedpub.yml`: the path given with `--config`, else `feedpub.yml` in the
/// current folder when there is one. A problem with it stops the run with exit 64, naming the
/// file, the line and the key.
enum ConfigurationFile {
    static let defaultName = "feedpub.yml"
    static let maxBytes = 1 << 20

    /// The configuration (empty when there is no file); a usage failure (64) when the file is
    /// missing (given explicitly), unreadable or wrong.
    static func load(explicit: String?) throws(BuildFailure) -> FeedpubConfiguration {
        let path = explicit ?? defaultName
        guard FileManager.default.fileExists(atPath: path) else {
            guard explicit == nil else {
                throw BuildFailure(.usage, "\(path): configuration file does not exist (--config)")
            }
            return FeedpubConfiguration()
        }
        return try read(path)
    }

    private static func read(_ path: String) throws(BuildFailure) -> FeedpubConfiguration {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw BuildFailure(.usage, "\(path): cannot read the configuration file")
        }
        guard data.count <= maxBytes else {
            throw BuildFailure(.usage, "\(path): configuration file is larger than 1 MiB")
        }
        do {
            return try ConfigurationDecoder().decode([UInt8](data))
        } catch {
            throw BuildFailure(.usage, "\(path):\(error.line): \(error.message)")
        }
    }
}
