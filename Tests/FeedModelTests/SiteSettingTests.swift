import Testing
@testable import FeedModel

/// The setting types: each rule and its wording written once, for the options and `feedpub.yml` alike.
@Suite("Site settings")
struct SiteSettingTests {
    /// The message refusing what `make` is given, named `--x`; nil when it is accepted.
    private func refusal(_ make: () throws -> Void) -> String? {
        do {
            try make()
            return nil
        } catch {
            return (error as? SiteConfiguration.InvalidSetting)?.message(naming: "--x") ?? "\(error)"
        }
    }

    @Test func baseURLIsCanonicalAndEndsInASlash() throws {
        #expect(try SiteConfiguration.BaseURL("HTTPS://Example.ORG:443/feeds").text == "https://example.org/feeds/")
        #expect(try SiteConfiguration.BaseURL("https://example.org/feeds/").text == "https://example.org/feeds/")
    }

    @Test func baseURLRefusesQueryFragmentAndOtherSchemes() {
        for text in ["https://example.org/?a=1", "https://example.org/#top", "ftp://example.org/", "example.org"] {
            #expect(refusal { _ = try SiteConfiguration.BaseURL(text) }
                == "--x must be an absolute http or https URL without query or fragment, not '\(text)'")
        }
    }

    @Test func baseURLRefusesAUserNameOrPassword() {
        for text in ["https://user:secret@example.com/feeds/", "https://user@example.com/"] {
            #expect(refusal { _ = try SiteConfiguration.BaseURL(text) } == "--x must not hold a user name or password (it would be written into every feed)")
        }
        #expect(refusal { _ = try SiteConfiguration.BaseURL("https://example.com/a@b/") } == nil)
    }

    @Test func hubURLAllowsAQueryButNoFragment() throws {
        #expect(try SiteConfiguration.HubURL("https://Hub.example.net/?x=1").text == "https://hub.example.net/?x=1")
        #expect(refusal { _ = try SiteConfiguration.HubURL("https://hub.example.net/#a") }
            == "--x must be an absolute http or https URL without fragment, not 'https://hub.example.net/#a'")
    }

    @Test func languageTagsHaveTheirShape() throws {
        for tag in ["en", "pt-BR", "zh-Hant-TW"] { #expect(try SiteConfiguration.LanguageTag(tag).text == tag) }
        for tag in ["english", "e", "en-", "en_GB"] {
            #expect(refusal { _ = try SiteConfiguration.LanguageTag(tag) } == "--x must be a BCP 47 tag such as 'en' or 'pt-BR', not '\(tag)'")
        }
    }

    @Test func entryCountsAreOneToTenThousand() throws {
        #expect(try SiteConfiguration.checkedEntryCount(1) == 1)
        #expect(try SiteConfiguration.checkedEntryCount(10_000) == 10_000)
        #expect(refusal { _ = try SiteConfiguration.checkedEntryCount(0) } == "--x must be between 1 and 10000, not 0")
        #expect(refusal { _ = try SiteConfiguration.checkedEntryCount(10_001) } == "--x must be between 1 and 10000, not 10001")
    }

    @Test func theConfigurationFileRefusesAUserNameToo() {
        #expect(ConfigurationDecoderTests.failure("base_url: https://u:p@example.com/\n")
            == ConfigurationDecoder.Failure(line: 1, message: "'base_url' must not hold a user name or password (it would be written into every feed)"))
    }
}
