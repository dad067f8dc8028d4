import Foundation
import Testing
@testable import FeedModel

/// `feedpub.yml`: the example in the repository, and the errors an editor's typo must produce.
@Suite("Configuration file")
struct ConfigurationDecoderTests {
    static func decode(_ text: String) throws(ConfigurationDecoder.Failure) -> FeedpubConfiguration {
        try ConfigurationDecoder().decode(Array(text.utf8))
    }

    static func failure(_ text: String) -> ConfigurationDecoder.Failure? {
        do {
            _ = try decode(text)
            return nil
        } catch {
            return error
        }
    }

    @Test("feedpub.example.yml at the repository root gives every value it documents")
    func exampleFileLoads() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("feedpub.example.yml")
        let configuration = try ConfigurationDecoder().decode([UInt8](try Data(contentsOf: url)))
        #expect(configuration.title == "Example News")
        #expect(configuration.baseURL == "https://news.example.com/feeds/")
        #expect(configuration.language == "en")
        #expect(configuration.overrides.allDescription == "Every story from Example News, newest first.")
        #expect(configuration.generator == "Example News feeds")
        #expect(configuration.hubURL == "https://hub.example.com/")
        #expect(configuration.branding == Branding(icon: "https://news.example.com/icon.png", logo: "https://news.example.com/logo.png"))
        #expect(configuration.archivePageSize == 100)
        #expect(configuration.entriesPerFeed == 30)
        #expect(configuration.bytesPerFeed == 500_000)
        #expect(configuration.rules.maxAgeDays == 365)
        #expect(configuration.retiredFeedsKeepDays == 45)
        #expect(configuration.rules.onlyPublished)
        #expect(configuration.rules.minQuality == 40)
        #expect(configuration.rules.excludedTopics == ["Sponsored", "Press releases"])
        #expect(configuration.rules.excludedProviders == ["Spam Daily", "spam.example.net"])
        #expect(configuration.overrides.topics == [
            "AI": FeedOverrides.Override(title: "Artificial intelligence — Example News", description: "Machine learning, chips and policy.",
                               slug: "artificial-intelligence", branding: Branding(logo: "https://news.example.com/ai-logo.png")),
            "Zürich": FeedOverrides.Override(slug: "zurich-news", language: "de-CH"),
        ])
        #expect(configuration.overrides.providers == [
            "Datacenter Dynamics": FeedOverrides.Override(title: "DCD via Example News", slug: "dcd",
                                                          branding: Branding(icon: "https://news.example.com/dcd-icon.png")),
            "example.org": FeedOverrides.Override(description: "Wire copy from example.org.", language: "en"),
        ])
        #expect(configuration.feedKinds == [.all, .topics, .providers, .languages])
        #expect(configuration.formats == ["rss", "atom", "json"])
        #expect(configuration.leadImage == LeadImageRule(minimumSide: 600, inHTML: false))
        #expect(configuration.cleaning == CleaningRules(providerSuffix: true, jsonSummaries: true, repeatedTitles: false))
        #expect(configuration.customFeeds.map(\.slug) == ["india-heat"])
        #expect(configuration.customFeeds.first?.selection.keywordsAny == ["heat", "लू"])
        #expect(configuration.customFeeds.first?.order == .heat && configuration.customFeeds.first?.profile == .googleNews)
    }

    @Test("an empty file, or one of comments only, sets nothing")
    func emptyFile() throws {
        #expect(try Self.decode("") == FeedpubConfiguration())
        #expect(try Self.decode("# nothing yet\n") == FeedpubConfiguration())
    }

    struct ErrorCase: Sendable, CustomTestStringConvertible {
        var yaml: String
        var line: Int
        var message: String
        var testDescription: String { message }
    }

    @Test("a mistake is an error naming the key and its line", arguments: [
        ErrorCase(yaml: "title: x\ntitel: y\n", line: 2,
                  message: "unknown key 'titel' (known: title, base_url, language, description, generator, hub, limits, only_published, min_quality, exclude, topics, providers, write, images, icon, logo, clean, retired_feeds, feeds)"),
        ErrorCase(yaml: "limits:\n  entries: 5\n", line: 2,
                  message: "unknown key 'entries' (known: entries_per_feed, bytes_per_feed, max_age_days, archive_page_size)"),
        ErrorCase(yaml: "hub: ftp://hub.example.com/\n", line: 1,
                  message: "'hub' must be an absolute http or https URL without fragment, not 'ftp://hub.example.com/'"),
        ErrorCase(yaml: "limits:\n  archive_page_size: 0\n", line: 2,
                  message: "'limits.archive_page_size' must be between 1 and 10000, not 0"),
        ErrorCase(yaml: "topics:\n  AI:\n    name: x\n", line: 3, message: "unknown key 'name' (known: title, description, slug, icon, logo, language)"),
        ErrorCase(yaml: "base_url: ftp://example.com/\n", line: 1,
                  message: "'base_url' must be an absolute http or https URL without query or fragment, not 'ftp://example.com/'"),
        ErrorCase(yaml: "base_url: https://example.com/?a=1\n", line: 1,
                  message: "'base_url' must be an absolute http or https URL without query or fragment, not 'https://example.com/?a=1'"),
        ErrorCase(yaml: "language: english language\n", line: 1,
                  message: "'language' must be a BCP 47 tag such as 'en' or 'pt-BR', not 'english language'"),
        ErrorCase(yaml: "title: [a, b]\n", line: 1, message: "'title' is a list, expected text"),
        ErrorCase(yaml: "title: \"\"\n", line: 1, message: "'title' must not be empty"),
        ErrorCase(yaml: "limits:\n  entries_per_feed: many\n", line: 2, message: "'limits.entries_per_feed' is text, expected a whole number"),
        ErrorCase(yaml: "limits:\n  entries_per_feed: 0\n", line: 2, message: "'limits.entries_per_feed' must be between 1 and 10000, not 0"),
        ErrorCase(yaml: "limits: 5\n", line: 1, message: "'limits' is a number, expected a mapping of keys to values"),
        ErrorCase(yaml: "only_published: sometimes\n", line: 1, message: "'only_published' is text, expected true or false"),
        ErrorCase(yaml: "min_quality: 4.5\n", line: 1, message: "'min_quality' is a number, expected a whole number"),
        ErrorCase(yaml: "exclude:\n  topics: Sponsored\n", line: 2, message: "'exclude.topics' is text, expected a list"),
        ErrorCase(yaml: "write:\n  formats: [rss, xml]\n", line: 2, message: "'write.formats' has unknown value 'xml' (known: rss, atom, json)"),
        ErrorCase(yaml: "write:\n  feeds: []\n", line: 2, message: "'write.feeds' must not be empty"),
        ErrorCase(yaml: "images:\n  min_side: 400\n", line: 2, message: "unknown key 'min_side' (known: min_lead_side, lead_in_html)"),
        ErrorCase(yaml: "images:\n  min_lead_side: big\n", line: 2, message: "'images.min_lead_side' is text, expected a whole number"),
        ErrorCase(yaml: "images:\n  min_lead_side: 0\n", line: 2, message: "'images.min_lead_side' must be between 1 and 100000, not 0"),
        ErrorCase(yaml: "images:\n  lead_in_html: maybe\n", line: 2, message: "'images.lead_in_html' is text, expected true or false"),
        ErrorCase(yaml: "clean:\n  titles: false\n", line: 2, message: "unknown key 'titles' (known: provider_suffix, json_summaries, repeated_titles)"),
        ErrorCase(yaml: "clean:\n  json_summaries: 0\n", line: 2, message: "'clean.json_summaries' is a number, expected true or false"),
        ErrorCase(yaml: "clean: false\n", line: 1, message: "'clean' is a boolean, expected a mapping of keys to values"),
        ErrorCase(yaml: "topics:\n  AI:\n    slug: Not A Slug\n", line: 3,
                  message: "'topics.AI.slug' must be lower-case letters, digits and single hyphens (at most 64), not 'Not A Slug'"),
        ErrorCase(yaml: "topics:\n  AI:\n    slug: x\n  ML:\n    slug: x\n", line: 5, message: "'topics.ML.slug' is 'x', the slug of 'AI' too"),
        ErrorCase(yaml: "topics:\n  AI: {}\n  ai: {}\n", line: 3, message: "'topics.ai' names the same feed as 'AI'"),
        ErrorCase(yaml: "icon: /icon.png\n", line: 1, message: "'icon' must be an absolute http or https URL, not '/icon.png'"),
        ErrorCase(yaml: "logo: [a]\n", line: 1, message: "'logo' is a list, expected text"),
        ErrorCase(yaml: "providers:\n  BBC:\n    logo: ftp://bbc.example/l.png\n", line: 3,
                  message: "'providers.BBC.logo' must be an absolute http or https URL, not 'ftp://bbc.example/l.png'"),
        ErrorCase(yaml: "- a\n- b\n", line: 1, message: "the file is a list, expected a mapping of keys to values"),
        ErrorCase(yaml: "title: a\ntitle: b\n", line: 2, message: "invalid YAML: duplicate key 'title'"),
        ErrorCase(yaml: "title: \"open\n", line: 1,
                  message: "invalid YAML: while scanning a quoted scalar: found unexpected end of stream"),
    ])
    func mistakesNameKeyAndLine(_ error: ErrorCase) {
        let failure = Self.failure(error.yaml)
        #expect(failure == ConfigurationDecoder.Failure(line: error.line, message: error.message))
    }
}
