@testable import FeedModel
@testable import FeedXML
import Testing
import TestSupport

/// Feed images: RSS `<image>`, Atom `<icon>` and `<logo>`.
@Suite struct FeedImageTests {
    private func branded(icon: String? = nil, logo: Article.Image? = nil) -> Feed {
        var feed = Sample.feed(title: "AI — feedpub")
        feed.icon = icon
        feed.logo = logo
        return feed
    }

    @Test func rssImageHasTheChannelsTitleAndLinkAndASizeWithinLimits() throws {
        let rss = try Rendered(.rss, branded(logo: Article.Image(url: "https://n.example/l.png", width: 120, height: 60)))
        #expect(rss.xml.string("/rss/channel/image/url") == "https://n.example/l.png")
        #expect(rss.xml.string("/rss/channel/image/title") == "AI — feedpub")
        #expect(rss.xml.string("/rss/channel/image/link") == Sample.base)
        #expect(rss.xml.string("/rss/channel/image/width") == "120" && rss.xml.string("/rss/channel/image/height") == "60")
    }

    @Test func rssImageOmitsASizeBeyondRSSLimits() throws {
        let rss = try Rendered(.rss, branded(logo: Article.Image(url: "https://n.example/l.png", width: 600, height: 60)))
        #expect(rss.xml.count("/rss/channel/image") == 1)
        #expect(rss.xml.count("/rss/channel/image/width") == 0 && rss.xml.count("/rss/channel/image/height") == 0)
    }

    @Test func rssImageFallsBackToTheIconAndIsOmittedWithoutEither() throws {
        #expect(try Rendered(.rss, branded(icon: "https://n.example/i.png")).xml.string("/rss/channel/image/url") == "https://n.example/i.png")
        #expect(try Rendered(.rss, branded()).xml.count("/rss/channel/image") == 0)
    }

    @Test func atomHasIconAndLogoWhenKnown() throws {
        let atom = try Rendered(.atom, branded(icon: "https://n.example/i.png", logo: Article.Image(url: "https://n.example/l.png")))
        #expect(atom.xml.string("/atom:feed/atom:icon") == "https://n.example/i.png")
        #expect(atom.xml.string("/atom:feed/atom:logo") == "https://n.example/l.png")
        let plain = try Rendered(.atom, branded())
        #expect(plain.xml.count("/atom:feed/atom:icon") == 0 && plain.xml.count("/atom:feed/atom:logo") == 0)
    }
}
