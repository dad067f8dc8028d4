@testable import FeedModel
@testable import FeedXML
import Testing
import TestSupport

/// RSS 2.0 element rules, one behaviour each (https://www.rssboard.org/rss-specification).
@Suite struct RSSWriterTests {
    @Test func rootIsVersion2AndDeclaresEachNamespaceOnce() throws {
        let related = FeedEntry.RelatedLink(url: "https://news.example.com/other", title: nil)
        let rss = try Rendered(.rss, Sample.feed([Sample.entry(related: [related]), Sample.entry(id: "https://news.example.com/b")]))
        #expect(rss.text.contains("""
            <rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" \
            xmlns:content="http://purl.org/rss/1.0/modules/content/" \
            xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">
            """))
        #expect(rss.text.components(separatedBy: "xmlns").count - 1 == 4)
        #expect(rss.xml.string("/rss/@version") == "2.0")
    }

    @Test func channelHasTitleLinkAndDescription() throws {
        let rss = try Rendered(.rss, Sample.feed(title: "AI — feedpub", subtitle: "The newest articles on AI, from feedpub"))
        #expect(rss.xml.string("/rss/channel/title") == "AI — feedpub")
        #expect(rss.xml.string("/rss/channel/link") == Sample.base)
        #expect(rss.xml.string("/rss/channel/description") == "The newest articles on AI, from feedpub")
    }

    @Test func hubLinkStandsBesideSelfWhenConfigured() throws {
        var feed = Sample.feed(directory: "topics/ai")
        #expect(try Rendered(.rss, feed).xml.count("/rss/channel/atom:link[@rel='hub']") == 0)
        feed.hubURL = "https://hub.example.net/"
        let rss = try Rendered(.rss, feed)
        #expect(rss.xml.strings("/rss/channel/atom:link[@rel='hub']", "string(@href)") == ["https://hub.example.net/"])
        #expect(rss.xml.count("/rss/channel/atom:link[@rel='self']") == 1)
    }

    @Test func selfLinkIsTheExactRSSURL() throws {
        let rss = try Rendered(.rss, Sample.feed(directory: "topics/ai"))
        #expect(rss.text.contains(#"<atom:link href="https://feeds.example.org/topics/ai/rss.xml" rel="self" type="application/rss+xml"/>"#))
        #expect(rss.xml.count("/rss/channel/atom:link[@rel='self']") == 1)
    }

    @Test func generatorNamesFeedpubAndItsVersion() throws {
        let rss = try Rendered(.rss, Sample.feed())
        #expect(rss.text.contains("<generator>feedpub 0.1.0</generator>"))
    }

    @Test func languageIsWrittenWhenSet() throws {
        let rss = try Rendered(.rss, Sample.feed(language: "pt-BR"))
        #expect(rss.text.contains("<language>pt-BR</language>"))
    }

    @Test func languageIsOmittedWhenUnset() throws {
        let rss = try Rendered(.rss, Sample.feed(language: nil))
        #expect(rss.xml.count("//language") == 0)
    }

    @Test func lastBuildDateIsTheNewestUpdate() throws {
        let older = Sample.entry(id: "https://news.example.com/old", published: Timestamp(iso8601: "2020-02-29T23:59:59Z")!)
        let rss = try Rendered(.rss, Sample.feed([Sample.entry(), older]))
        #expect(rss.text.contains("<lastBuildDate>Thu, 01 Jul 2021 12:07:00 +0000</lastBuildDate>"))
    }

    @Test func lastBuildDateIsOmittedWithoutEntries() throws {
        let rss = try Rendered(.rss, Sample.feed([]))
        #expect(rss.xml.count("//lastBuildDate") == 0)
        #expect(rss.xml.count("//item") == 0)
    }

    @Test func pubDateIsRFC822InUTC() throws {
        let rss = try Rendered(.rss, Sample.feed([Sample.entry(published: Timestamp(iso8601: "2021-07-01T17:37:00+05:30")!)]))
        #expect(rss.text.contains("<pubDate>Thu, 01 Jul 2021 12:07:00 +0000</pubDate>"))
    }

    @Test func guidIsThePermalink() throws {
        let rss = try Rendered(.rss, Sample.feed([Sample.entry(id: "https://news.example.com/a?x=1&y=2")]))
        #expect(rss.text.contains(#"<guid isPermaLink="true">https://news.example.com/a?x=1&amp;y=2</guid>"#))
        #expect(rss.xml.string("//item/guid") == "https://news.example.com/a?x=1&y=2")
        #expect(rss.xml.string("//item/link") == "https://news.example.com/a?x=1&y=2")
    }

    @Test func creatorIsTheAuthorName() throws {
        let rss = try Rendered(.rss, Sample.feed([Sample.entry(author: .init(name: "Data Center Dynamics", uri: nil))]))
        #expect(rss.text.contains("<dc:creator>Data Center Dynamics</dc:creator>"))
        #expect(rss.xml.string("//item/dc:creator") == "Data Center Dynamics")
    }

    @Test func categoriesCarryTheirDomain() throws {
        let categories = [FeedEntry.Category(term: "AI", scheme: Sample.base + "topics/"),
                          FeedEntry.Category(term: "Energy", scheme: Sample.base + "categories/")]
        let rss = try Rendered(.rss, Sample.feed([Sample.entry(categories: categories)]))
        #expect(rss.text.contains(#"<category domain="https://feeds.example.org/topics/">AI</category>"#))
        #expect(rss.text.contains(#"<category domain="https://feeds.example.org/categories/">Energy</category>"#))
    }

    @Test func contentEncodedFollowsDescription() throws {
        let rss = try Rendered(.rss, Sample.feed([Sample.entry(summary: "Excerpt", contentHTML: "<p>Body</p>")]))
        #expect(rss.xml.strings("/rss/channel/item/*", "name()") == ["title", "link", "guid", "pubDate", "dc:creator", "description", "content:encoded"])
        #expect(rss.xml.string("//item/content:encoded") == "<p>Body</p>")
    }

    @Test func descriptionAndContentAreOmittedWhenNil() throws {
        let rss = try Rendered(.rss, Sample.feed([Sample.entry(summary: nil, contentHTML: nil)]))
        #expect(rss.xml.count("//item/description | //item/content:encoded") == 0)
    }

    @Test func imageIsMediaContentWithSize() throws {
        let image = FeedEntry.Image(url: "https://img.example.com/a.jpg", width: 1200, height: 630, mimeType: "image/jpeg")
        let rss = try Rendered(.rss, Sample.feed([Sample.entry(images: [image])]))
        #expect(rss.text.contains(#"<media:content url="https://img.example.com/a.jpg" type="image/jpeg" medium="image" width="1200" height="630"/>"#))
        #expect(rss.xml.string("//item/media:content/@medium") == "image")
    }

    @Test func imageWithoutSizeOmitsWidthAndHeight() throws {
        let image = FeedEntry.Image(url: "https://img.example.com/b.png", width: nil, height: nil, mimeType: "image/png")
        let rss = try Rendered(.rss, Sample.feed([Sample.entry(images: [image])]))
        #expect(rss.text.contains(#"<media:content url="https://img.example.com/b.png" type="image/png" medium="image"/>"#))
        #expect(rss.xml.count("//media:content/@width | //media:content/@height") == 0)
    }

    @Test func imageOfUnknownTypeOmitsType() throws {
        let image = FeedEntry.Image(url: "https://img.example.com/c", width: 10, height: nil, mimeType: nil)
        let rss = try Rendered(.rss, Sample.feed([Sample.entry(images: [image])]))
        #expect(rss.text.contains(#"<media:content url="https://img.example.com/c" medium="image" width="10"/>"#))
    }

    @Test func leadImageIsOneEnclosureWithLengthZeroAndAThumbnail() throws {
        let images = [FeedEntry.Image(url: "https://img.example.com/b.png", width: nil, height: nil, mimeType: "image/png"),
                      FeedEntry.Image(url: "https://img.example.com/a.jpg?x=1&y=2", width: 1200, height: 630, mimeType: "image/jpeg")]
        let rss = try Rendered(.rss, Sample.feed([Sample.entry(images: images, leadIndex: 1)]))
        #expect(rss.text.contains(#"<enclosure url="https://img.example.com/a.jpg?x=1&amp;y=2" length="0" type="image/jpeg"/>"#))
        #expect(rss.text.contains(#"<media:thumbnail url="https://img.example.com/a.jpg?x=1&amp;y=2" width="1200" height="630"/>"#))
        #expect(rss.xml.count("//item/enclosure") == 1)
        #expect(rss.xml.strings("//item/media:content/@url") == ["https://img.example.com/a.jpg?x=1&y=2", "https://img.example.com/b.png"])
    }

    @Test func leadImageOfUnknownTypeIsAGenericImageEnclosure() throws {
        let image = FeedEntry.Image(url: "https://img.example.com/c", width: nil, height: nil, mimeType: nil)
        let rss = try Rendered(.rss, Sample.feed([Sample.entry(images: [image], leadIndex: 0)]))
        #expect(rss.text.contains(#"<enclosure url="https://img.example.com/c" length="0" type="image/jpeg"/>"#))
        #expect(rss.text.contains(#"<media:thumbnail url="https://img.example.com/c"/>"#))
    }

    @Test func descriptionBeginsWithTheLeadImg() throws {
        let rss = try Rendered(.rss, Sample.feed([Sample.entry(summary: "A & B", leadHTML: #"<img src="https://img.example.com/a.jpg" alt="T">"#)]))
        #expect(rss.xml.string("//item/description") == #"<img src="https://img.example.com/a.jpg" alt="T">A &amp; B"#)
    }

    @Test func sourceIsTheProviderFeedsRSSDocument() throws {
        let rss = try Rendered(.rss, Sample.feed([Sample.entry(source: Sample.source)]))
        #expect(rss.text.contains(#"<source url="https://feeds.example.org/providers/example-news/rss.xml">Example News — feedpub</source>"#))
    }

    @Test func relatedLinkIsAtomLinkWithTitle() throws {
        let related = [FeedEntry.RelatedLink(url: "https://news.example.com/b", title: "Earlier story"),
                       FeedEntry.RelatedLink(url: "https://news.example.com/c", title: nil)]
        let rss = try Rendered(.rss, Sample.feed([Sample.entry(related: related)]))
        #expect(rss.text.contains(#"<atom:link rel="related" href="https://news.example.com/b" title="Earlier story"/>"#))
        #expect(rss.text.contains(#"<atom:link rel="related" href="https://news.example.com/c"/>"#))
        #expect(rss.xml.strings("//item/atom:link[@rel='related']/@href") == ["https://news.example.com/b", "https://news.example.com/c"])
    }

    @Test func itemsKeepTheFeedOrder() throws {
        let ids = ["https://news.example.com/3", "https://news.example.com/1", "https://news.example.com/2"]
        let rss = try Rendered(.rss, Sample.feed(ids.map { Sample.entry(id: $0) }))
        #expect(rss.xml.strings("//item/guid") == ids)
    }
}
