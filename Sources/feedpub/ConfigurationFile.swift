import FeedModel
import Foundation

/// Finds and reads `feedpub.yml`: the path given with `--config`, else `feedpub.yml` in the
/// current folder when there is one. A problem with it stops the run with exit 64, naming the
/// file, the line and the key.
enum ConfigurationFile {
    static let defaultName = "feedpub.yml"
    static let maxBytes = 1 << 20

    /// The configuration (empty when there is no file); prints the problem and throws
    /// `ExitStatus.usage` when the file is missing (given explicitly), unreadable or wrong.
    static func load(explicit: String?) throws -> FeedpubConfiguration {
        let path = explicit ?? defaultName
        guard FileManager.default.fileExists(atPath: path) else {
            guard explicit == nil else {
                Console.error("\(path): configuration file does not exist (--config)")
                throw ExitStatus.usage
            }
            return FeedpubConfiguration()
        }
        return try read(path)
    }

    private static func read(_ path: String) throws -> FeedpubConfiguration {
        guard let data = FileManager.default.contents(atPath: path) else {
            Console.error("\(path): cannot read the configuration file")
            throw ExitStatus.usage
        }
        guard data.count <= maxBytes else {
            Console.error("\(path): configuration file is larger than 1 MiB")
            throw ExitStatus.usage
        }
        do {
            return try ConfigurationDecoder().decode([UInt8](data))
        } catch {
            Console.error("\(path):\(error.line): \(error.message)")
            throw ExitStatus.usage
        }
    }
}
