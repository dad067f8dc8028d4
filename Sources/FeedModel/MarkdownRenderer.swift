import Foundation

internal import CCMark

/// Markdown to HTML with cmark, the CommonMark reference implementation.
///
/// cmark's default (safe) mode replaces raw HTML with a comment and drops `javascript:`,
/// `vbscript:`, `file:` and non-image `data:` links, so a body cannot inject script into a
/// reader. Relative link and image URLs are resolved against the article's URL: feed readers
/// have no page to resolve them against.
struct MarkdownRenderer: Sendable {
    func html(_ markdown: String, baseURL: String) -> String {
        var text = markdown
        return text.withUTF8 { bytes -> String in
            let raw = UnsafeRawPointer(bytes.baseAddress!).assumingMemoryBound(to: CChar.self)
            guard let document = cmark_parse_document(raw, bytes.count, CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8) else { return "" }
            defer { cmark_node_free(document) }
            resolveLinks(in: document, baseURL: baseURL)
            guard let html = cmark_render_html(document, CMARK_OPT_DEFAULT) else { return "" }
            defer { free(html) }
            return String(cString: html).trimmingWhitespace()
        }
    }

    private func resolveLinks(in document: OpaquePointer, baseURL: String) {
        guard let iterator = cmark_iter_new(document) else { return }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            guard type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE, let url = cmark_node_get_url(node) else { continue }
            let resolved = URLResolver.resolve(String(cString: url), against: baseURL)
            cmark_node_set_url(node, resolved)
        }
    }
}
