import Testing
@testable import FeedBuild

/// An unchanged run stands on the listing's fingerprint: equal listings must give equal ones,
/// and any file added, removed, renamed or at another version, or entry skipped, a different
/// one. (Files are always in path order: their order is not part of it.)
@Suite("The input listing's fingerprint")
struct ListingFingerprintTests {
    private func file(_ path: String, size: Int64 = 10, inode: UInt64 = 1) -> InputFolder.File {
        InputFolder.File(path: path, version: FileVersion(size: size, modifiedNanoseconds: 5, changedNanoseconds: 6, inode: inode))
    }

    private func listing(_ files: [InputFolder.File], skipped: [InputListing.Skipped] = []) -> InputListing {
        InputListing(files: files, skipped: skipped)
    }

    @Test("the same files give the same fingerprint; every kind of difference another")
    func differencesChangeIt() {
        let base = [file("a.md"), file("b/c.md"), file("d.md", size: 20)]
        let fingerprint = listing(base).fingerprint
        #expect(listing(base.map { file(String($0.path), size: $0.version.size) }).fingerprint == fingerprint)
        let others = [
            listing(Array(base.dropLast())),
            listing(base + [file("e.md")]),
            listing([file("a.md"), file("b/c.md"), file("d.md", size: 21)]),
            listing([file("a.md"), file("b/c.md"), file("d.md", size: 20, inode: 2)]),
            listing([file("a.md"), file("b/cd.md"), file("d.md", size: 20)]),
            listing([file("a.mdb"), file("/c.md"), file("d.md", size: 20)]),  // the same bytes, cut elsewhere
            listing(base, skipped: [InputListing.Skipped(path: "l.md", reason: "a symbolic link")]),
        ]
        for other in others { #expect(other.fingerprint != fingerprint) }
        #expect(Set(others.map(\.fingerprint)).count == others.count)
    }

    @Test("the sum kept for the files gives the fingerprint summing them all again gives, and changing the files forgets it")
    func keptSumAgrees() {
        var kept = listing([file("a.md"), file("b.md", size: 20)])
        let summedAgain = kept.fingerprint
        kept.sumFiles()
        #expect(kept.fileSum != nil && kept.fingerprint == summedAgain)
        kept.files.append(file("c.md"))
        #expect(kept.fileSum == nil)
        #expect(kept.fingerprint == listing([file("a.md"), file("b.md", size: 20), file("c.md")]).fingerprint)
    }
}

/// Records recalled in a watch take the listing's own path strings, and keep them: told apart
/// from equal strings held elsewhere.
@Suite("Strings held in the same storage")
struct SameStorageTests {
    @Test("a string and its copies share storage; an equal string built apart does not, unless short enough to be held inline")
    func sameStorage() {
        let path = "0999999_f8c4014b639e691e.md"
        let copy = path
        let rebuilt = String(decoding: Array(path.utf8), as: UTF8.self)
        #expect(path.isSameStorage(as: copy))
        #expect(path == rebuilt && !path.isSameStorage(as: rebuilt))
        #expect("a.md".isSameStorage(as: String(decoding: Array("a.md".utf8), as: UTF8.self)))
        #expect(!"a.md".isSameStorage(as: "b.md"))
    }
}
