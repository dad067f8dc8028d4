public import Foundation
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// Everything under a folder, hidden entries included, by path relative to it: regular files
/// with their bytes, plus anything else (links, empty folders) so that it can fail a comparison.
public struct FileTree: Equatable {
    public enum Entry: Equatable {
        case file(Data)
        case emptyFolder
        case other(String)
    }

    public var entries: [String: Entry] = [:]

    public init(reading root: URL) throws {
        try walk(root.path, relative: "")
    }

    /// Relative paths of the regular files, sorted.
    public var filePaths: [String] {
        entries.compactMap { path, entry in if case .file = entry { path } else { nil } }.sorted()
    }

    private mutating func walk(_ path: String, relative: String) throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: path)
        if names.isEmpty && !relative.isEmpty { entries[relative + "/"] = .emptyFolder }
        for name in names {
            let childPath = path + "/" + name
            let childRelative = relative.isEmpty ? name : relative + "/" + name
            let type = try FileManager.default.attributesOfItem(atPath: childPath)[.type] as? FileAttributeType
            switch type {
            case .typeDirectory?: try walk(childPath, relative: childRelative)
            case .typeRegular?: entries[childRelative] = .file(try Data(contentsOf: URL(fileURLWithPath: childPath)))
            default: entries[childRelative] = .other(type?.rawValue ?? "unknown")
            }
        }
    }

    /// One line per difference, naming the path: missing, unexpected, or differing (with the first
    /// differing line).
    public static func differences(expected: FileTree, actual: FileTree) -> [String] {
        var differences: [String] = []
        for path in Set(expected.entries.keys).union(actual.entries.keys).sorted() {
            switch (expected.entries[path], actual.entries[path]) {
            case (_?, nil): differences.append("missing: \(path)")
            case (nil, let entry?): differences.append("unexpected: \(path)\(describe(entry))")
            case let (wanted?, got?) where wanted != got:
                differences.append("differs: \(path)\(firstDifference(wanted, got))")
            default: break
            }
        }
        return differences
    }

    private static func describe(_ entry: Entry) -> String {
        switch entry {
        case .file: return ""
        case .emptyFolder: return " (empty folder)"
        case let .other(type): return " (\(type))"
        }
    }

    private static func firstDifference(_ expected: Entry, _ actual: Entry) -> String {
        guard case let .file(a) = expected, case let .file(b) = actual else {
            return " (expected \(describe(expected)), got \(describe(actual)))"
        }
        return firstDifferingLine(expected: a, actual: b)
    }

    /// " at line N: expected «…», got «…»" for the first line where two texts part.
    public static func firstDifferingLine(expected a: Data, actual b: Data) -> String {
        let linesA = String(decoding: a, as: UTF8.self).components(separatedBy: "\n")
        let linesB = String(decoding: b, as: UTF8.self).components(separatedBy: "\n")
        for index in 0..<max(linesA.count, linesB.count) {
            let lineA = index < linesA.count ? linesA[index] : "<end of file>"
            let lineB = index < linesB.count ? linesB[index] : "<end of file>"
            if lineA != lineB { return " at line \(index + 1): expected «\(lineA)», got «\(lineB)»" }
        }
        return " (\(a.count) bytes expected, \(b.count) bytes written)"
    }

    /// Modification time in nanoseconds of every regular file, by relative path (lstat, so a
    /// link is never followed).
    public static func modificationTimes(under root: URL) throws -> [String: Int64] {
        var times: [String: Int64] = [:]
        for path in try FileTree(reading: root).filePaths {
            var info = stat()
            guard lstat(root.path + "/" + path, &info) == 0 else { throw CocoaError(.fileReadUnknown) }
            #if canImport(Glibc)
            times[path] = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
            #else
            times[path] = Int64(info.st_mtimespec.tv_sec) * 1_000_000_000 + Int64(info.st_mtimespec.tv_nsec)
            #endif
        }
        return times
    }

    #if canImport(Glibc)
    /// How many of the file's pages are in the page cache (mincore(2) of a mapping, which
    /// reads nothing in); nil when the file cannot be looked at that way.
    public static func residentPages(of file: URL) -> Int? {
        let fd = open(file.path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return nil }
        let size = Int(info.st_size)
        guard size > 0 else { return 0 }
        guard let mapping = mmap(nil, size, PROT_READ, MAP_SHARED, fd, 0), mapping != MAP_FAILED else { return nil }
        defer { munmap(mapping, size) }
        let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))
        var resident = [UInt8](repeating: 0, count: (size + pageSize - 1) / pageSize)
        guard mincore(mapping, size, &resident) == 0 else { return nil }
        return resident.filter { $0 & 1 == 1 }.count
    }

    /// Whether the file system under `folder` lets a written file's pages leave the page cache
    /// (written, flushed, `posix_fadvise(DONTNEED)`, then none resident): not tmpfs, whose
    /// files live there alone, nor file systems that keep pages pinned.
    public static func pageCacheCanBeDropped(in folder: URL) -> Bool {
        let probe = folder.appendingPathComponent(".page-cache-probe")
        defer { unlink(probe.path) }
        let fd = open(probe.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        let bytes = [UInt8](repeating: 0x61, count: 64 * 1024)
        guard write(fd, bytes, bytes.count) == bytes.count, fsync(fd) == 0,
              posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED) == 0 else { return false }
        return residentPages(of: probe) == 0
    }
    #endif
}
