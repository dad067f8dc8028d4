import Foundation
import Testing
import TestSupport

/// The whole output tree for `Fixtures/articles`, compared with `Fixtures/expected`.
///
/// Re-record after an intended change to the output:
/// `FEEDPUB_RECORD_SNAPSHOTS=1 swift test --filter feedpubTests` (it fails, saying it recorded),
/// then run the tests again without the variable and review the diff of `Fixtures/expected`.
@Suite("Golden output tree")
struct GoldenTreeTests {
    /// The `secured` value every fixture article carries; it must never reach any output.
    static let securedBlob = "U0VDVVJFRC1CTE9CLW11c3QtbmV2ZXItYmUtcHVibGlzaGVk==;c2VjcmV0LWl2LTEyMzQ="

    @Test("the output tree equals Fixtures/expected, file for file and byte for byte")
    func outputTreeMatchesExpected() throws {
        try withTemporaryFolder { folder in
            let build = try FixtureBuild("articles", in: folder)
            #expect(build.result.status == 0, "stderr: \(build.result.standardError)")
            try Snapshot.expectTree(build.output, equals: "expected", in: .fixtures, records: true)
        }
    }

    @Test("every XML file written parses back with libxml2")
    func everyXMLFileIsWellFormed() throws {
        try withTemporaryFolder { folder in
            let build = try FixtureBuild("articles", in: folder)
            let tree = try FileTree(reading: build.output)
            let xmlPaths = tree.filePaths.filter { $0.hasSuffix(".xml") }
            #expect(!xmlPaths.isEmpty)
            for path in xmlPaths {
                guard case let .file(bytes)? = tree.entries[path] else { continue }
                let problem = WellFormedXML.problem(in: bytes)
                #expect(problem == nil, "\(path) is not well-formed XML: \(problem ?? "")")
            }
        }
    }

    @Test("the secured blob appears in no output file and on no console line")
    func securedBlobIsNeverPublished() throws {
        try withTemporaryFolder { folder in
            let build = try FixtureBuild("articles", in: folder)
            let tree = try FileTree(reading: build.output)
            #expect(!tree.filePaths.isEmpty)
            let needles = [Self.securedBlob] + Self.securedBlob.split(separator: ";").map(String.init)
            for path in tree.filePaths {
                guard case let .file(bytes)? = tree.entries[path] else { continue }
                for needle in needles {
                    #expect(bytes.range(of: Data(needle.utf8)) == nil, "\(path) contains the secured value '\(needle)'")
                }
            }
            for needle in needles {
                #expect(!build.result.standardOutput.contains(needle))
                #expect(!build.result.standardError.contains(needle))
            }
        }
    }

    @Test("a hidden .md file and a .json file are not read")
    func hiddenAndForeignFilesAreIgnored() throws {
        try withTemporaryFolder { folder in
            let build = try FixtureBuild("articles", in: folder)
            #expect(FileManager.default.fileExists(atPath: build.input.appendingPathComponent(".draft.md").path),
                    "the fixture copy lost its hidden file, so this test would prove nothing")
            let tree = try FileTree(reading: build.output)
            for path in tree.filePaths {
                guard case let .file(bytes)? = tree.entries[path] else { continue }
                let text = String(decoding: bytes, as: UTF8.self)
                #expect(!text.contains("DRAFT MUST NOT BE PUBLISHED"), "\(path) holds the hidden draft")
                #expect(!text.contains("JSON MUST NOT BE PUBLISHED"), "\(path) holds notes.json")
            }
            #expect(!tree.filePaths.contains { $0.hasPrefix("topics/drafts/") || $0.hasPrefix("topics/json/") })
            #expect(!build.result.standardError.contains(".draft.md"))
            #expect(!build.result.standardError.contains("notes.json"))
        }
    }

    @Test("the well-formedness check itself rejects a broken document")
    func wellFormednessCheckRejectsBrokenXML() {
        #expect(WellFormedXML.problem(in: Data("<rss><channel></rss>".utf8)) != nil)
        #expect(WellFormedXML.problem(in: Data("<a>AT&T</a>".utf8)) != nil)
        #expect(WellFormedXML.problem(in: Data("<a>AT&amp;T</a>".utf8)) == nil)
    }
}
