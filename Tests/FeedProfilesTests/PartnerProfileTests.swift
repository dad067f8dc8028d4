import FeedModel
import FeedProfiles
import Testing

/// Each profile: a feed that meets it, and one failing each rule, with the measured value and the limit.
@Suite struct PartnerProfileTests {
    /// A feed breaking one rule of one profile, and what the finding must say.
    struct Case: Sendable, CustomTestStringConvertible {
        var profile: PartnerProfileName
        var rule: String
        var feed: SampleFeed
        var measured: ProfileValue
        var limit: ProfileValue
        var message: String
        var testDescription: String { "\(profile.rawValue) \(rule): \(message)" }
    }

    static let good = SampleFeed()

    @Test(arguments: PartnerProfileName.allCases)
    func theSampleFeedMeetsEveryProfileInRSS(_ name: PartnerProfileName) {
        #expect(PartnerProfile.named(name).check(Self.good.rss, format: .rss, path: "rss.xml") == [])
    }

    @Test(arguments: PartnerProfileName.allCases)
    func theSampleFeedMeetsEveryProfileInAtom(_ name: PartnerProfileName) {
        #expect(PartnerProfile.named(name).check(Self.good.atom, format: .atom, path: "atom.xml") == [])
    }

    @Test(arguments: PartnerProfileTests.cases)
    func aFeedBreakingOneRuleGetsOneFinding(_ example: Case) {
        let findings = PartnerProfile.named(example.profile).check(example.feed.rss, format: .rss, path: "custom/heat/rss.xml")
        #expect(findings.map(\.rule) == [example.rule])
        let finding = findings.first
        #expect(finding?.measured == example.measured)
        #expect(finding?.limit == example.limit)
        #expect(finding?.line == "custom/heat/rss.xml: \(example.profile.rawValue): \(example.message)")
        #expect(finding?.source.hasPrefix("http") == true)
    }

    @Test func everyRuleOfEveryProfileHasAFailingCase() {
        let covered = Set(Self.cases.map { "\($0.profile.rawValue) \($0.rule)" })
        let rules: [PartnerProfileName: [String]] = [
            .googleNews: ["file-size", "item-size", "item-count", "item-id", "item-date"],
            .appleNews: ["encoding", "channel-title", "channel-link", "language-region", "item-title", "item-link", "item-description"],
            .flipboard: ["item-count", "channel-title", "channel-link", "channel-description", "channel-language", "item-title",
                         "item-link", "item-description", "description-length", "item-date", "item-id", "item-author", "item-image"],
            .feedburner: ["file-size"],
        ]
        #expect(covered == Set(rules.flatMap { name, ids in ids.map { "\(name.rawValue) \($0)" } }))
        // The table above is the profiles' own list: a rule added without a case fails here.
        for (name, ids) in rules {
            #expect(PartnerProfile.named(name).ruleNames == ids)
        }
    }

    @Test func atomIsReadByNamespace() {
        let noLanguage = Self.good.with { $0.language = "en" }
        let findings = PartnerProfile.named(.appleNews).check(noLanguage.atom, format: .atom, path: "atom.xml")
        #expect(findings.map(\.message) == ["language en has no region, expected language-REGION (e.g. en-IN)"])
        let undated = Self.good.with { $0.items[3].date = nil; $0.items[4].guid = nil }
        #expect(PartnerProfile.named(.googleNews).check(undated.atom, format: .atom, path: "atom.xml").map(\.rule) == ["item-id", "item-date"])
    }

    @Test func formatsThePartnerDoesNotReadAreNotChecked() {
        let bad = Self.good.with { $0.items = [] }
        #expect(PartnerProfile.named(.flipboard).check(bad.atom, format: .atom, path: "atom.xml") == [])
        #expect(PartnerProfile.named(.googleNews).check(Array("{}".utf8), format: .json, path: "feed.json") == [])
    }

    @Test func aDocumentThatIsNotWellFormedIsOneFinding() {
        let findings = PartnerProfile.named(.feedburner).check(Array("<rss><channel>".utf8), format: .rss, path: "rss.xml")
        #expect(findings.map(\.line) == ["rss.xml: feedburner: not a well-formed RSS document"])
        #expect(PartnerProfile.named(.feedburner).check(Self.good.atom, format: .rss, path: "rss.xml").map(\.rule) == ["well-formed"])
    }

    @Test func sizesPrintInDecimalUnitsRoundedDown() {
        #expect(ProfileValue.bytes(2_460_000).description == "2.4 MB")
        #expect(ProfileValue.bytes(2_000_000).description == "2 MB")
        #expect(ProfileValue.bytes(512_000).description == "512 kB")
        #expect(ProfileValue.bytes(2_400_000).description == "2.4 MB")
        #expect(ProfileValue.bytes(999).description == "999 bytes")
    }

    @Test func aSizeJustOverTheLimitShowsItsBytes() {
        let bytes = PartnerProfileTests.good.rss.count
        let padded = PartnerProfileTests.good.with { $0.items[0].contentBytes = 512_001 - bytes - 32 }
        let finding = PartnerProfile.named(.feedburner).check(padded.rss, format: .rss, path: "rss.xml").first
        let measured = padded.rss.count
        #expect(measured > 512_000 && measured < 512_100)
        #expect(finding?.message == "file \(measured) bytes > 512 kB")
    }
}
