@testable import FeedJSON
@testable import FeedModel
import Testing
import TestSupport

/// JSON Feed 1.1 member rules (https://www.jsonfeed.org/version/1.1/), one behaviour each.
@Suite struct JSONFeedWriterTests {
    @Test func versionComesFirstAndNamesVersion1_1() throws {
        let feed = try Rendered(Sample.feed())
        #expect(feed.text.hasPrefix("{\n  \"version\": \"https://jsonfeed.org/version/1.1\",\n"))
        #expect(feed.json.feed["version"] as? String == "https://jsonfeed.org/version/1.1")
    }

    @Test func feedMembersComeInAFixedOrder() throws {
        let feed = try Rendered(Sample.feed(language: "en"))
        #expect(feed.feedKeys
            == ["version", "title", "home_page_url", "feed_url", "description", "language", "authors", "items"])
    }

    @Test func iconIsTheLogoAndFaviconTheIcon() throws {
        var feed = Sample.feed()
        feed.icon = "https://n.example/i.png"
        feed.logo = Article.Image(url: "https://n.example/l.png")
        let rendered = try Rendered(feed)
        #expect(rendered.json.feed["icon"] as? String == "https://n.example/l.png")
        #expect(rendered.json.feed["favicon"] as? String == "https://n.example/i.png")
        feed.logo = nil
        #expect(try Rendered(feed).json.feed["icon"] as? String == "https://n.example/i.png")
        #expect(try Rendered(Sample.feed()).json.feed["icon"] == nil)
    }

    @Test func titleHomePageAndDescriptionComeFromTheFeed() throws {
        let feed = try Rendered(Sample.feed(title: "BBC — feedpub", subtitle: "The newest articles from BBC, via feedpub",
                                            homeURL: "https://www.bbc.co.uk/"))
        #expect(feed.json.feed["title"] as? String == "BBC — feedpub")
        #expect(feed.json.feed["home_page_url"] as? String == "https://www.bbc.co.uk/")
        #expect(feed.json.feed["description"] as? String == "The newest articles from BBC, via feedpub")
    }

    @Test func feedURLIsWhereTheCallerServesIt() throws {
        let feed = try Rendered(Sample.feed(directory: "topics/ai"))
        #expect(feed.json.feed["feed_url"] as? String == "https://feeds.example.org/topics/ai/feed.json")
    }

    @Test func hubsNameTheWebSubHubWhenConfigured() throws {
        var source = Sample.feed()
        #expect(try Rendered(source).json.feed["hubs"] == nil)
        source.hubURL = "https://hub.example.net/"
        let hubs = try Rendered(source).json.feed["hubs"] as? [[String: Any]]
        #expect(hubs?.count == 1)
        #expect(hubs?.first?["type"] as? String == "WebSub")
        #expect(hubs?.first?["url"] as? String == "https://hub.example.net/")
    }

    @Test func languageIsWrittenWhenSet() throws {
        let feed = try Rendered(Sample.feed(language: "pt-BR"))
        #expect(feed.json.feed["language"] as? String == "pt-BR")
    }

    @Test func languageIsOmittedWhenUnset() throws {
        let feed = try Rendered(Sample.feed(language: nil))
        #expect(feed.json.feed["language"] == nil)
        #expect(!feed.text.contains("\"language\""))
    }

    @Test func feedAuthorIsTheSite() throws {
        let feed = try Rendered(Sample.feed(), siteTitle: "Daily Robots")
        #expect(feed.json.feed["authors"] as? [[String: String]] == [["name": "Daily Robots"]])
        #expect(feed.json.feed["author"] == nil, "the JSON Feed 1.0 `author` is deprecated")
    }

    @Test func emptyFeedHasAnEmptyItemsArray() throws {
        let feed = try Rendered(Sample.feed([]))
        #expect(feed.text.contains("\n  \"items\": []\n}\n"))
        #expect((feed.json.feed["items"] as? [Any])?.isEmpty == true)
    }

    @Test func wholeEmptyFeedIsPrettyPrintedWithTwoSpaces() throws {
        let feed = try Rendered(Sample.feed([]))
        #expect(feed.text == """
            {
              "version": "https://jsonfeed.org/version/1.1",
              "title": "feedpub",
              "home_page_url": "https://feeds.example.org/",
              "feed_url": "https://feeds.example.org/feed.json",
              "description": "The newest articles on every topic, from feedpub",
              "authors": [
                {
                  "name": "feedpub"
                }
              ],
              "items": []
            }

            """)
    }

    /// RSS `<guid>` and Atom `<id>` are `entry.id` (FeedXMLTests prove it), so readers that take
    /// several formats of one feed see one item, not three.
    @Test func itemIDIsTheEntryIDTheXMLFeedsUse() throws {
        let entry = Sample.entry(id: "https://news.example.com/a%C3%A9?x=1&y=2")
        let feed = try Rendered(Sample.feed([entry]))
        #expect(feed.json.item["id"] as? String == entry.id)
        #expect(feed.json.item["url"] as? String == entry.link)
        #expect(feed.text.contains(#""id": "https://news.example.com/a%C3%A9?x=1\u0026y=2","#))
    }

    @Test func itemsKeepTheFeedsOrder() throws {
        let ids = ["https://news.example.com/c", "https://news.example.com/a", "https://news.example.com/b"]
        let feed = try Rendered(Sample.feed(ids.map { Sample.entry(id: $0) }))
        #expect(feed.json.items.map { $0["id"] as? String } == ids)
    }

    @Test func itemMembersComeInAFixedOrder() throws {
        let feed = try Rendered(Sample.feed([GoldenFeeds.richEntry]))
        #expect(feed.itemKeys == ["id", "url", "title", "summary", "content_html", "image", "banner_image", "date_published",
                                        "date_modified", "authors", "tags", "_feedpub"])
    }

    @Test func bodyIsContentHTMLAndNotContentText() throws {
        let feed = try Rendered(Sample.feed([Sample.entry(summary: "Excerpt", contentHTML: "<p>Body</p>")]))
        #expect(feed.json.item["content_html"] as? String == "<p>Body</p>")
        #expect(feed.json.item["content_text"] == nil)
        #expect(feed.json.item["summary"] as? String == "Excerpt")
    }

    @Test func withoutBodyTheSummaryIsContentText() throws {
        let feed = try Rendered(Sample.feed([Sample.entry(summary: "Excerpt <b>not markup</b>", contentHTML: nil)]))
        #expect(feed.json.item["content_text"] as? String == "Excerpt <b>not markup</b>")
        #expect(feed.json.item["content_html"] == nil)
    }

    @Test func withNeitherBodyNorSummaryTheTitleIsContentText() throws {
        let feed = try Rendered(Sample.feed([Sample.entry(title: "Only a title", summary: nil, contentHTML: nil)]))
        #expect(feed.json.item["content_text"] as? String == "Only a title")
        #expect(feed.json.item["summary"] == nil)
    }

    @Test func summaryIsOmittedWhenNil() throws {
        let feed = try Rendered(Sample.feed([Sample.entry(summary: nil, contentHTML: "<p>Body</p>")]))
        #expect(feed.json.item["summary"] == nil)
    }

    @Test func titleIsPlainText() throws {
        let feed = try Rendered(Sample.feed([Sample.entry(title: "AT&T <b>bold</b> “quoted”")]))
        #expect(feed.json.item["title"] as? String == "AT&T <b>bold</b> “quoted”")
    }

    @Test func imageIsTheLeadImage() throws {
        let images = [FeedEntry.Image(url: "https://img.example.com/a.jpg?w=1&h=2", width: 1, height: 2, mimeType: "image/jpeg"),
                      FeedEntry.Image(url: "https://img.example.com/b.png", width: nil, height: nil, mimeType: "image/png")]
        let feed = try Rendered(Sample.feed([Sample.entry(images: images, leadIndex: 0)]))
        #expect(feed.json.item["image"] as? String == "https://img.example.com/a.jpg?w=1&h=2")
        #expect(feed.json.item["banner_image"] == nil)
        #expect(feed.json.item["attachments"] == nil)
    }

    @Test func landscapeLeadIsAlsoTheBanner() throws {
        let images = [FeedEntry.Image(url: "https://img.example.com/a.jpg", width: 1200, height: 630, mimeType: "image/jpeg")]
        let feed = try Rendered(Sample.feed([Sample.entry(images: images, leadIndex: 0)]))
        #expect(feed.json.item["banner_image"] as? String == "https://img.example.com/a.jpg")
    }

    @Test func imageIsOmittedWithoutImages() throws {
        let feed = try Rendered(Sample.feed([Sample.entry(images: [])]))
        #expect(feed.json.item["image"] == nil)
    }

    @Test func datesAreRFC3339InUTC() throws {
        let entry = Sample.entry(published: Timestamp(iso8601: "2021-07-01T17:37:00+05:30")!,
                                 updated: Timestamp(iso8601: "2021-07-02T08:00:05Z")!)
        let feed = try Rendered(Sample.feed([entry]))
        #expect(feed.json.item["date_published"] as? String == "2021-07-01T12:07:00Z")
        #expect(feed.json.item["date_modified"] as? String == "2021-07-02T08:00:05Z")
    }

    @Test func unmergedEntryIsModifiedWhenPublished() throws {
        let feed = try Rendered(Sample.feed([Sample.entry(published: Timestamp(iso8601: "2020-02-29T23:59:59Z")!)]))
        #expect(feed.json.item["date_published"] as? String == "2020-02-29T23:59:59Z")
        #expect(feed.json.item["date_modified"] as? String == "2020-02-29T23:59:59Z")
    }

    @Test func itemAuthorHasNameAndURL() throws {
        let feed = try Rendered(Sample.feed([Sample.entry(author: .init(name: "BBC", uri: "https://www.bbc.co.uk/"))]))
        #expect(feed.json.item["authors"] as? [[String: String]] == [["name": "BBC", "url": "https://www.bbc.co.uk/"]])
    }

    @Test func itemAuthorWithoutURIHasOnlyName() throws {
        let feed = try Rendered(Sample.feed([Sample.entry(author: .init(name: "news.example.com", uri: nil))]))
        #expect(feed.json.item["authors"] as? [[String: String]] == [["name": "news.example.com"]])
    }

    @Test func tagsAreTopicsThenCategory() throws {
        let categories = [Sample.topic("AI"), Sample.topic("Energy"), Sample.category("Tech & Science")]
        let feed = try Rendered(Sample.feed([Sample.entry(categories: categories)]))
        #expect(feed.json.item["tags"] as? [String] == ["AI", "Energy", "Tech & Science"])
    }

    @Test func aCategorySpelledLikeATopicIsOneTag() throws {
        let categories = [Sample.topic("AI"), Sample.topic("Energy"), Sample.category("ai")]
        let feed = try Rendered(Sample.feed([Sample.entry(categories: categories)]))
        #expect(feed.json.item["tags"] as? [String] == ["AI", "Energy"])
    }

    @Test func tagsAreOmittedWithoutCategories() throws {
        let feed = try Rendered(Sample.feed([Sample.entry(categories: [])]))
        #expect(feed.json.item["tags"] == nil)
    }

    @Test func relatedLinksGoIntoTheFeedpubExtension() throws {
        let related = [FeedEntry.RelatedLink(url: "https://news.example.com/b", title: "Earlier story"),
                       FeedEntry.RelatedLink(url: "https://news.example.com/c", title: nil)]
        let feed = try Rendered(Sample.feed([Sample.entry(related: related)]))
        let extensionObject = feed.json.item["_feedpub"] as? [String: Any]
        #expect(extensionObject?["related"] as? [[String: String]]
            == [["url": "https://news.example.com/b", "title": "Earlier story"], ["url": "https://news.example.com/c"]])
    }

    @Test func feedpubExtensionIsOmittedWithoutRelatedLinks() throws {
        let feed = try Rendered(Sample.feed([Sample.entry(related: [])]))
        #expect(feed.json.item["_feedpub"] == nil)
        #expect(!feed.text.contains("_feedpub"))
    }

    @Test func unusedMembersAreNeverWritten() throws {
        let feed = try Rendered(GoldenFeeds.rich)
        for key in ["external_url", "attachments", "author", "language"] {
            #expect(feed.json.items.allSatisfy { $0[key] == nil }, "item has \(key)")
        }
        for key in ["icon", "favicon", "user_comment", "next_url", "expired", "hubs", "author"] {
            #expect(feed.json.feed[key] == nil, "feed has \(key)")
        }
    }

    @Test func controlCharactersInAFieldAreEscapedAndReadBack() throws {
        let title = "tab\there\u{1}\u{1F} \"quoted\" back\\slash"
        let feed = try Rendered(Sample.feed([Sample.entry(title: title)], title: title))
        #expect(feed.json.feed["title"] as? String == title)
        #expect(feed.json.item["title"] as? String == title)
        #expect(feed.text.contains(#""title": "tab\there\u0001\u001F \"quoted\" back\\slash","#))
    }

    @Test func scriptInTheBodyStaysInsideItsString() throws {
        let html = "<p>x</p></script><script>alert(\"1\")</script>"
        let feed = try Rendered(Sample.feed([Sample.entry(contentHTML: html)]))
        #expect(feed.json.item["content_html"] as? String == html)
        #expect(feed.text.contains(#""content_html": "\u003Cp\u003Ex\u003C/p\u003E\u003C/script\u003E\u003Cscript\u003Ealert(\"1\")\u003C/script\u003E","#))
        #expect(!feed.text.contains("<"))
    }

    @Test func renderingTwiceGivesTheSameBytes() throws {
        let once = try JSONFeedWriter(siteTitle: "feedpub").render(GoldenFeeds.rich)
        let twice = try JSONFeedWriter(siteTitle: "feedpub").render(GoldenFeeds.rich)
        #expect(once == twice)
    }

    @Test func documentIsUTF8WithoutBOMEndingInOneNewline() throws {
        let feed = try Rendered(GoldenFeeds.rich)
        #expect(feed.bytes.first == UInt8(ascii: "{"))
        #expect(feed.text.hasSuffix("}\n") && !feed.text.hasSuffix("\n\n"))
        #expect(String(validating: feed.bytes, as: UTF8.self) != nil)
    }
}
