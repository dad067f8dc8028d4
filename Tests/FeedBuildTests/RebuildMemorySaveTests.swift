import Foundation
import Testing
@testable import FeedBuild
import FeedModel

/// How a watch writes its cache file while changes keep coming: on another thread, put in
/// place by a later build or when the watch stops, never lost.
@Suite("Watch: the cache written while changes keep coming")
struct RebuildMemorySaveTests {
    private func scene(_ folder: URL) throws -> (BuildSettings, CacheStore) {
        let input = folder.appendingPathComponent("input"), output = folder.appendingPathComponent("output")
        for folder in [input, output] { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }
        let settings = BuildSettings(input: input.path, output: output.path, site: SiteConfiguration(),
                                     configuration: FeedpubConfiguration(), useCache: true)
        let store = try #require(CacheStore(directory: folder.appendingPathComponent("cache").path, input: input.path, output: output.path))
        return (settings, store)
    }

    private func cache(outputs: Int) -> ArticleCache {
        var cache = ArticleCache()
        for index in 0..<outputs {
            cache.outputs["feed-\(index).xml"] = ArticleCache.Output(fingerprint: UInt64(index), version: FileVersion(size: 1, modifiedNanoseconds: 1,
                                                                                                               changedNanoseconds: 1, inode: 1))
        }
        return cache
    }

    @Test("written on another thread and put in place by the next build, with nothing waiting for it")
    func putInPlaceByTheNextBuild() throws {
        try withFolder { folder in
            let (_, store) = try scene(folder)
            let memory = RebuildMemory(busy: { true }, saveInterval: 0)
            memory.keep(cache(outputs: 1), store: store, isNew: true)
            // Still busy: the next build finds the write done and puts it in place.
            let deadline = Date().addingTimeInterval(10)
            while store.open() == nil && Date() < deadline {
                Thread.sleep(forTimeInterval: 0.05)
                memory.keep(cache(outputs: 2), store: store, isNew: true)
            }
            let file = try #require(store.open(), "the cache file is in place while changes keep coming")
            #expect(file.inputs()?.outputs.count ?? 0 >= 1)
        }
    }

    @Test("a write still under way when the watch stops is waited for, and the newest cache written")
    func waitedForAtExit() throws {
        try withFolder { folder in
            let (settings, store) = try scene(folder)
            let memory = RebuildMemory(busy: { true }, saveInterval: 0)
            memory.keep(cache(outputs: 1), store: store, isNew: true)
            memory.keep(cache(outputs: 3), store: store, isNew: true)
            memory.saveBeforeExit(settings)
            #expect(store.open()?.inputs()?.outputs.count == 3)
            let leftovers = try FileManager.default.contentsOfDirectory(atPath: store.folder.typed).filter { $0.hasSuffix(".tmp") }
            #expect(leftovers.isEmpty)
        }
    }

    private func withFolder(_ body: (URL) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rebuild-memory-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try body(folder)
    }
}
