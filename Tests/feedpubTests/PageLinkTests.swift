import Foundation
import Testing
import TestSupport

/// Every address on every HTML page (`href`, `src`) that points into the output folder — by
/// the base URL or relatively — leads to a file the build wrote.
@Suite("Pages link only files written")
struct PageLinkTests {
    static let base = "https://feeds.example.org/"

    @Test("every page of the golden tree links only files in the tree")
    func goldenTreePagesLinkFilesWritten() throws {
        let root = ResourceFolder(sourceOf: "feedpubTests", "Fixtures").sourceURL("expected")
        let paths = Set(try FileTree(reading: root).filePaths)
        let pages = paths.filter { $0.hasSuffix(".html") }
        #expect(pages.count > 10, "pages: \(pages)")
        for page in pages {
            let text = try String(contentsOf: root.appendingPathComponent(page), encoding: .utf8)
            for address in Self.addresses(in: text) {
                guard let path = Self.outputPath(of: address, on: page) else { continue }
                #expect(paths.contains(path), "\(page) links \(address), which is not written")
            }
        }
    }

    /// The values of `href` and `src` attributes.
    static func addresses(in html: String) -> [String] {
        let pattern = try! NSRegularExpression(pattern: #"\s(?:href|src)="([^"]*)""#)
        let range = NSRange(html.startIndex..., in: html)
        return pattern.matches(in: html, range: range).compactMap { Range($0.range(at: 1), in: html).map { String(html[$0]) } }
    }

    /// The file inside the output folder an address on `page` names; nil for other sites.
    static func outputPath(of address: String, on page: String) -> String? {
        var path: String
        if address.hasPrefix(base) {
            path = String(address.dropFirst(base.count))
        } else if address.contains(":") || address.hasPrefix("#") || address.hasPrefix("//") {
            return nil
        } else {
            path = URL(string: address, relativeTo: URL(string: base + page))!.absoluteString
            path = String(path.dropFirst(base.count))
        }
        path = String(path.prefix { $0 != "#" && $0 != "?" })
        return path.isEmpty || path.hasSuffix("/") ? path + "index.html" : path
    }
}
