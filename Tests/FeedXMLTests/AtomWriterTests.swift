@testable import FeedModel
@testable import FeedXML
import Testing
import TestSupport

/// Atom 1.0 (RFC 4287) element rules, one behaviour each.
@Suite struct AtomWriterTests {
    @Test func rootIsAtomFeed() throws {
        let atom = try Rendered(.atom, Sample.feed())
        #expect(atom.text.contains(#"<feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/">"#))
        #expect(atom.xml.count("/atom:feed") == 1)
    }

    @Test func feedIDIsItsAtomURL() throws {
        let atom = try Rendered(.atom, Sample.feed(directory: "providers/bbc"))
        #expect(atom.text.contains("<id>https://feeds.example.org/providers/bbc/atom.xml</id>"))
        #expect(atom.xml.string("/atom:feed/atom:id") == "https://feeds.example.org/providers/bbc/atom.xml")
    }

    @Test func selfLinkIsTheExactAtomURL() throws {
        let atom = try Rendered(.atom, Sample.feed(directory: "topics/ai"))
        #expect(atom.text.contains(#"<link rel="self" type="application/atom+xml" href="https://feeds.example.org/topics/ai/atom.xml"/>"#))
        #expect(atom.xml.count("/atom:feed/atom:link[@rel='self']") == 1)
    }

    @Test func hubLinkStandsBesideSelfWhenConfigured() throws {
        var feed = Sample.feed(directory: "topics/ai")
        #expect(try Rendered(.atom, feed).xml.count("/atom:feed/atom:link[@rel='hub']") == 0)
        feed.hubURL = "https://hub.example.net/"
        let atom = try Rendered(.atom, feed)
        #expect(atom.xml.strings("/atom:feed/atom:link[@rel='hub']", "string(@href)") == ["https://hub.example.net/"])
        #expect(atom.xml.count("/atom:feed/atom:link[@rel='self']") == 1)
        #expect(try atom.xml.atomSchemaViolations().isEmpty)
    }

    @Test func alternateLinkIsTheHomePage() throws {
        let atom = try Rendered(.atom, Sample.feed(homeURL: "https://www.bbc.co.uk/"))
        #expect(atom.text.contains(#"<link rel="alternate" type="text/html" href="https://www.bbc.co.uk/"/>"#))
    }

    @Test func titleAndSubtitleAreText() throws {
        let atom = try Rendered(.atom, Sample.feed(title: "AI — feedpub", subtitle: "The newest articles on AI, from feedpub"))
        #expect(atom.text.contains(#"<title type="text">AI — feedpub</title>"#))
        #expect(atom.text.contains(#"<subtitle type="text">The newest articles on AI, from feedpub</subtitle>"#))
    }

    @Test func generatorNamesFeedpubWithVersion() throws {
        let atom = try Rendered(.atom, Sample.feed())
        #expect(atom.text.contains(#"<generator version="0.1.0">feedpub</generator>"#))
    }

    @Test func languageIsXMLLangWhenSet() throws {
        let atom = try Rendered(.atom, Sample.feed(language: "pt-BR"))
        #expect(atom.text.contains(#"<feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/" xml:lang="pt-BR">"#))
        #expect(atom.xml.string("/atom:feed/@xml:lang") == "pt-BR")
    }

    @Test func languageIsOmittedWhenUnset() throws {
        let atom = try Rendered(.atom, Sample.feed(language: nil))
        #expect(atom.xml.count("//@xml:lang") == 0)
    }

    @Test func feedUpdatedIsTheNewestEntryInRFC3339() throws {
        let newer = Sample.entry(id: "https://news.example.com/new", updated: Timestamp(iso8601: "2021-07-02T08:00:05Z")!)
        let atom = try Rendered(.atom, Sample.feed([newer, Sample.entry()]))
        #expect(atom.xml.string("/atom:feed/atom:updated") == "2021-07-02T08:00:05Z")
    }

    @Test func emptyFeedIsUpdatedAtTheEpoch() throws {
        let atom = try Rendered(.atom, Sample.feed([]))
        #expect(atom.text.contains("<updated>1970-01-01T00:00:00Z</updated>"))
        #expect(try atom.xml.atomSchemaViolations() == [])
    }

    @Test func publishedAndUpdatedAreRFC3339InUTC() throws {
        let entry = Sample.entry(published: Timestamp(iso8601: "2021-07-01T17:37:00+05:30")!,
                                 updated: Timestamp(iso8601: "2021-07-02T08:00:05Z")!)
        let atom = try Rendered(.atom, Sample.feed([entry]))
        #expect(atom.text.contains("<published>2021-07-01T12:07:00Z</published>"))
        #expect(atom.text.contains("<updated>2021-07-02T08:00:05Z</updated>"))
    }

    @Test func entryIDAndAlternateLinkAreTheArticleURL() throws {
        let atom = try Rendered(.atom, Sample.feed([Sample.entry(id: "https://news.example.com/a?x=1&y=2")]))
        #expect(atom.text.contains("<id>https://news.example.com/a?x=1&amp;y=2</id>"))
        #expect(atom.xml.string("//atom:entry/atom:id") == "https://news.example.com/a?x=1&y=2")
        #expect(atom.xml.string("//atom:entry/atom:link[@rel='alternate']/@href") == "https://news.example.com/a?x=1&y=2")
    }

    @Test func authorHasNameAndURI() throws {
        let atom = try Rendered(.atom, Sample.feed([Sample.entry(author: .init(name: "BBC", uri: "https://www.bbc.co.uk/"))]))
        #expect(atom.xml.string("//atom:entry/atom:author/atom:name") == "BBC")
        #expect(atom.xml.string("//atom:entry/atom:author/atom:uri") == "https://www.bbc.co.uk/")
    }

    @Test func authorWithoutURIHasOnlyName() throws {
        let atom = try Rendered(.atom, Sample.feed([Sample.entry(author: .init(name: "news.example.com", uri: nil))]))
        #expect(atom.xml.strings("//atom:entry/atom:author/*", "name()") == ["name"])
        #expect(try atom.xml.atomSchemaViolations() == [])
    }

    @Test func categoriesCarryTheirScheme() throws {
        let categories = [FeedEntry.Category(term: "AI", scheme: Sample.base + "topics/"),
                          FeedEntry.Category(term: "Energy", scheme: Sample.base + "categories/")]
        let atom = try Rendered(.atom, Sample.feed([Sample.entry(categories: categories)]))
        #expect(atom.text.contains(#"<category term="AI" scheme="https://feeds.example.org/topics/" label="AI"/>"#))
        #expect(atom.xml.strings("//atom:entry/atom:category/@scheme") == [Sample.base + "topics/", Sample.base + "categories/"])
    }

    @Test func summaryAndContentAreHTML() throws {
        let atom = try Rendered(.atom, Sample.feed([Sample.entry(summary: "Excerpt", contentHTML: "<p>Body</p>")]))
        #expect(atom.text.contains(#"<summary type="html">Excerpt</summary>"#))
        #expect(atom.text.contains(#"<content type="html">&lt;p&gt;Body&lt;/p&gt;</content>"#))
    }

    @Test func summaryAndContentAreOmittedWhenNil() throws {
        let atom = try Rendered(.atom, Sample.feed([Sample.entry(summary: nil, contentHTML: nil)]))
        #expect(atom.xml.count("//atom:summary | //atom:content") == 0)
        #expect(try atom.xml.atomSchemaViolations() == [])
    }

    @Test func leadImageIsTheOnlyEnclosureLinkThenMediaRSS() throws {
        let images = [FeedEntry.Image(url: "https://img.example.com/b.png", width: nil, height: nil, mimeType: "image/png"),
                      FeedEntry.Image(url: "https://img.example.com/a.jpg", width: 1200, height: 630, mimeType: "image/jpeg")]
        let atom = try Rendered(.atom, Sample.feed([Sample.entry(images: images, leadIndex: 1)]))
        #expect(atom.xml.strings("//atom:entry/atom:link[@rel='enclosure']/@href") == ["https://img.example.com/a.jpg"])
        #expect(atom.text.contains(#"<link rel="enclosure" type="image/jpeg" href="https://img.example.com/a.jpg"/>"#))
        #expect(atom.text.contains(#"<media:thumbnail url="https://img.example.com/a.jpg" width="1200" height="630"/>"#))
        #expect(atom.xml.strings("//atom:entry/media:content/@url") == [
            "https://img.example.com/a.jpg", "https://img.example.com/b.png"])
        #expect(try atom.xml.atomSchemaViolations() == [])
    }

    @Test func leadImageOfUnknownTypeIsAGenericImageEnclosure() throws {
        let image = FeedEntry.Image(url: "https://img.example.com/c", width: nil, height: nil, mimeType: nil)
        let atom = try Rendered(.atom, Sample.feed([Sample.entry(images: [image], leadIndex: 0)]))
        #expect(atom.text.contains(#"<link rel="enclosure" type="image/jpeg" href="https://img.example.com/c"/>"#))
    }

    @Test func noLeadNoEnclosure() throws {
        let image = FeedEntry.Image(url: "https://img.example.com/c", width: nil, height: nil, mimeType: nil)
        let atom = try Rendered(.atom, Sample.feed([Sample.entry(images: [image])]))
        #expect(atom.xml.count("//atom:link[@rel='enclosure']") == 0)
    }

    @Test func summaryBeginsWithTheLeadImg() throws {
        let atom = try Rendered(.atom, Sample.feed([Sample.entry(summary: "A & B", leadHTML: #"<img src="https://img.example.com/a.jpg" alt="T">"#)]))
        #expect(atom.xml.string("//atom:summary") == #"<img src="https://img.example.com/a.jpg" alt="T">A &amp; B"#)
    }

    @Test func sourceNamesTheProviderFeed() throws {
        let atom = try Rendered(.atom, Sample.feed([Sample.entry(source: Sample.source)]))
        #expect(atom.text.contains("""
            <source>
                  <id>https://feeds.example.org/providers/example-news/atom.xml</id>
                  <title type="text">Example News — feedpub</title>
                  <updated>2021-07-01T12:07:00Z</updated>
                  <link rel="self" type="application/atom+xml" href="https://feeds.example.org/providers/example-news/atom.xml"/>
                </source>
            """))
        #expect(try atom.xml.atomSchemaViolations() == [])
    }

    @Test func relatedLinkHasTitle() throws {
        let related = [FeedEntry.RelatedLink(url: "https://news.example.com/b", title: "Earlier story"),
                       FeedEntry.RelatedLink(url: "https://news.example.com/c", title: nil)]
        let atom = try Rendered(.atom, Sample.feed([Sample.entry(related: related)]))
        #expect(atom.text.contains(#"<link rel="related" href="https://news.example.com/b" title="Earlier story"/>"#))
        #expect(atom.text.contains(#"<link rel="related" href="https://news.example.com/c"/>"#))
    }

    @Test func entriesFollowTheFeedMetadata() throws {
        let atom = try Rendered(.atom, Sample.feed([Sample.entry(), Sample.entry(id: "https://news.example.com/b")]))
        #expect(atom.xml.strings("/atom:feed/*", "name()")
            == ["id", "title", "subtitle", "updated", "link", "link", "generator", "entry", "entry"])
    }
}
