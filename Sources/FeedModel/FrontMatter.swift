#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif

/// A file split into its YAML front matter and its Markdown body.
///
/// The front matter lies between a first line `---` and the next line `---` (trailing spaces
/// and CRLF line ends allowed); a UTF-8 byte order mark before it is skipped.
struct FrontMatter {
    /// The YAML between the two `---` lines.
    var yaml: ArraySlice<UInt8>
    /// Everything after the closing `---` line.
    var body: ArraySlice<UInt8>
    /// Line number of the first YAML line in the file, to turn YAML lines into file lines.
    let firstYAMLLine = 2

    enum Problem: Error, Equatable {
        case empty
        case missingOpening
        case unclosed
    }

    init(splitting bytes: ArraySlice<UInt8>) throws(Problem) {
        var start = bytes.startIndex
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start += 3 }
        let content = bytes[start...]
        guard content.contains(where: { !Self.isSpace($0) }) else { throw .empty }
        guard let firstEnd = Self.lineEnd(in: content, from: content.startIndex) else {
            throw Self.isFence(content) ? .unclosed : .missingOpening
        }
        guard Self.isFence(content[content.startIndex..<firstEnd.contentEnd]) else { throw .missingOpening }
        var lineStart = firstEnd.next
        while lineStart < content.endIndex {
            let end = Self.lineEnd(in: content, from: lineStart) ?? (content.endIndex, content.endIndex)
            if Self.isFence(content[lineStart..<end.contentEnd]) {
                yaml = content[firstEnd.next..<lineStart]
                body = content[end.next...]
                return
            }
            lineStart = end.next
        }
        throw .unclosed
    }

    /// The end of the line starting at `start`: where its text stops (before CR LF) and where
    /// the next line begins; nil when there is no newline left.
    private static func lineEnd(in bytes: ArraySlice<UInt8>, from start: Int) -> (contentEnd: Int, next: Int)? {
        let found = bytes[start...].withUnsafeBufferPointer { buffer -> Int? in
            guard let base = buffer.baseAddress, let hit = memchr(base, 0x0A, buffer.count) else { return nil }
            return start + (UnsafeRawPointer(hit) - UnsafeRawPointer(base))
        }
        guard let newline = found else { return nil }
        let contentEnd = newline > start && bytes[newline - 1] == 0x0D ? newline - 1 : newline
        return (contentEnd, newline + 1)
    }

    private static func isFence(_ line: ArraySlice<UInt8>) -> Bool {
        guard line.starts(with: [0x2D, 0x2D, 0x2D]) else { return false }
        return line.dropFirst(3).allSatisfy(isSpace)
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}
