public import FeedModel
internal import CLibXML2

extension FeedFormat {
    /// Sets libxml2 up, which RSS, Atom and the site documents are written with: call once, on
    /// the main thread, before rendering on several threads (libxml2's global state is
    /// initialised lazily and not thread-safely otherwise).
    public static func prepareForConcurrentRendering() {
        xmlInitParser()
    }
}
