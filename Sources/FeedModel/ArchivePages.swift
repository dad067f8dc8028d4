/// How a feed's entries beyond the subscription document are split into RFC 5005 archive
/// pages, so that a page's bytes never change once it is full.
///
/// - The archived entries (all but the newest `entryLimit`) are cut into pages of `pageSize`
///   counting from the oldest: page 1 holds the oldest `pageSize`, page 2 the next, and so on.
///   New entries only ever go into the newest page, so a full page keeps its entries.
/// - There is always one page more than the full ones (so at least two): the newest page,
///   partly filled or empty. A page therefore gets its `next-archive` link in the same run that
///   fills it, and nothing about it changes afterwards; and every page has a `prev-archive` or
///   a `next-archive` link, as RFC 5005 §4 expects of an archive.
/// - Pages live in `<feed folder>/archive/<n>/`, each with the feed's three files.
///
/// A page changes after it is full only when history itself changes: an article older than
/// the newest archived one is added, or an archived one deleted, shifting the pages after it.
public struct ArchivePages {
    let pageSize: Int
    let entryLimit: Int

    struct Split {
        /// The subscription document's entries, newest first.
        var current: [Int]
        /// Per page, oldest page first: its entries, newest first.
        var pages: [[Int]]
    }

    /// `indices`: every entry of one feed, newest first.
    func split(_ indices: [Int]) -> Split {
        let current = Array(indices.prefix(entryLimit))
        let archived = indices.count - current.count
        guard archived > 0 else { return Split(current: current, pages: []) }
        let pageCount = max(2, archived / pageSize + 1)
        let pages = (0..<pageCount).map { page -> [Int] in
            // Positions counted from the oldest entry (the last index).
            let oldest = page * pageSize
            let newest = min(oldest + pageSize, archived)
            guard oldest < newest else { return [] }
            return (oldest..<newest).reversed().map { indices[indices.count - 1 - $0] }
        }
        return Split(current: current, pages: pages)
    }

    /// Folder of page `number` (1-based) of the feed in `directory`.
    static func directory(of number: Int, feedDirectory: String) -> String {
        (feedDirectory.isEmpty ? "" : feedDirectory + "/") + "archive/\(number)"
    }

    /// Whether a file's path in the output folder is in an archive page's folder
    /// (`…archive/<n>/<file name>`), not a feed's own: a topic may well be called "Archive".
    public static func isPageFile(_ path: String) -> Bool {
        let parts = path.split(separator: "/")
        return parts.count >= 3 && parts[parts.count - 3] == "archive" && Int(parts[parts.count - 2]) != nil
    }
}
