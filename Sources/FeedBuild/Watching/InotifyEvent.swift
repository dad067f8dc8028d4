#if canImport(Glibc)
import Glibc
#endif

/// One record read from an inotify descriptor (inotify(7)): the watch it came from, what
/// happened, and the name of the entry in the watched folder (empty for the folder itself).
struct InotifyEvent: Equatable, Sendable {
    var watch: Int32
    var mask: UInt32
    var name: String

    func has(_ flag: Int32) -> Bool { mask & UInt32(bitPattern: flag) != 0 }

    /// The entry is a folder.
    var isDirectory: Bool { has(IN_ISDIR) }
    /// The kernel's queue overflowed: events were lost, so every folder must be looked at again.
    var isOverflow: Bool { has(IN_Q_OVERFLOW) }
    /// The watch is gone: its folder was deleted, or the watch removed.
    var endsWatch: Bool { has(IN_IGNORED) }
    /// The watched folder itself was deleted or moved.
    var isFolderGone: Bool { has(IN_DELETE_SELF) || has(IN_MOVE_SELF) }
    /// An entry appeared: created, or moved in (how editors and rsync save a file).
    var isArrival: Bool { has(IN_CREATE) || has(IN_MOVED_TO) }
    /// An entry went away: deleted, or moved out.
    var isDeparture: Bool { has(IN_DELETE) || has(IN_MOVED_FROM) }

    /// Size of `struct inotify_event` before its name: wd, mask, cookie, len.
    static let headerSize = MemoryLayout<inotify_event>.size

    /// Every whole record in `bytes`, as read(2) returns them: a header, then `len` bytes of
    /// name padded with NULs. A name that is not UTF-8 is kept byte for byte, as the listing keeps it.
    static func decode(_ bytes: UnsafeRawBufferPointer) -> [InotifyEvent] {
        var events: [InotifyEvent] = []
        var offset = 0
        while offset + headerSize <= bytes.count {
            let watch = bytes.loadUnaligned(fromByteOffset: offset, as: Int32.self)
            let mask = bytes.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self)
            let length = Int(bytes.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self))
            let start = offset + headerSize
            let padded = UnsafeRawBufferPointer(rebasing: bytes[start..<min(bytes.count, start + length)])
            let name = padded[..<(padded.firstIndex(of: 0) ?? padded.count)]
            events.append(InotifyEvent(watch: watch, mask: mask, name: name.isEmpty ? "" : FileName.string(name)))
            offset = start + length
        }
        return events
    }
}
