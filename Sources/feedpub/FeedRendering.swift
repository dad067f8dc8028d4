import Dispatch
import FeedModel
import FeedXML

/// Every feed in every format, rendered on all cores.
enum FeedRendering {
    static func render(_ feeds: [Feed]) throws -> [Publisher.Document] {
        let formats = FeedFormat.allCases
        let count = feeds.count * formats.count
        let slots = ResultSlots<[UInt8]>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            if let bytes = try? formats[index % formats.count].render(feeds[index / formats.count]) {
                slots.set(index, bytes)
            }
        }
        return try slots.values.enumerated().map { index, bytes in
            let feed = feeds[index / formats.count]
            let format = formats[index % formats.count]
            guard let bytes else {
                Console.error("libxml2 could not write the \(format.rawValue) feed '\(feed.title)'")
                throw ExitStatus.software
            }
            return Publisher.Document(path: feed.directory.isEmpty ? format.fileName : feed.directory + "/" + format.fileName, bytes: bytes)
        }
    }
}
