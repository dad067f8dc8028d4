import Testing
@testable import FeedModel

/// `CleaningRules`: what counts as aggregator noise, and what each switch does in the mapping.
@Suite struct CleaningRulesTests {
    private let rules = CleaningRules()
    private let wire = Article.Provider(name: "Example Wire", domain: nil)

    @Test(arguments: [
        ("Story - Example Wire", "Story"), ("Story | Example Wire", "Story"), ("Story – Example Wire", "Story"),
        ("Story — Example Wire", "Story"), ("Story - example  WIRE", "Story"), ("A - B - Example Wire", "A - B"),
        ("Story - Other Paper", "Story - Other Paper"), ("Story-Example Wire", "Story-Example Wire"),
        (" - Example Wire", " - Example Wire"), ("Example Wire - Story", "Example Wire - Story"),
    ])
    func providerSuffix(_ title: String, _ cleaned: String) {
        #expect(CleaningRules.withoutProviderSuffix(title, provider: "Example Wire") == cleaned)
    }

    @Test func providerNamesCompareInNFC() {
        #expect(CleaningRules.withoutProviderSuffix("Nachricht - Zu\u{308}rich Zeitung", provider: "Z\u{FC}rich Zeitung") == "Nachricht")
    }

    @Test func noProviderNoCleaning() {
        #expect(CleaningRules.withoutProviderSuffix("Story - Example Wire", provider: nil) == "Story - Example Wire")
    }

    @Test(arguments: [#"{"_id":"5f", "title": "x""#, #"{"a": 1}"#, #"[1, 2]"#, "<p><br/></p>"])
    func rawSummaries(_ excerpt: String) {
        #expect(CleaningRules.findings(of: Article.make(excerpt: excerpt)) == .rawSummary)
    }

    @Test(arguments: ["{not json}", "[citation needed]", "<b>Bold</b> text", "x < y"])
    func summariesKept(_ excerpt: String) {
        #expect(CleaningRules.findings(of: Article.make(excerpt: excerpt)).isEmpty)
    }

    @Test(arguments: ["Rates held", "rates  HELD.", "Rates held!?", "Rates held - Example Wire"])
    func repeatedTitle(_ excerpt: String) {
        let article = Article.make(title: "Rates held - Example Wire", excerpt: excerpt, provider: wire)
        #expect(CleaningRules.findings(of: article) == [.providerSuffix, .repeatedTitle])
    }

    @Test func mappingAppliesEverySwitch() {
        let article = Article.make(title: "Rates held - Example Wire", excerpt: "Rates held.", provider: wire)
        let entry = EntryMapping(site: SiteConfiguration()).entry(for: article)
        #expect(entry.title == "Rates held" && entry.summary == "Rates held")
        var site = SiteConfiguration()
        site.cleaning = CleaningRules(providerSuffix: false, jsonSummaries: true, repeatedTitles: false)
        let kept = EntryMapping(site: site).entry(for: article)
        #expect(kept.title == "Rates held - Example Wire" && kept.summary == "Rates held.")
    }

    @Test func jsonSwitchOffKeepsJSON() {
        let article = Article.make(excerpt: #"{"_id":"5f"}"#, body: "Body.")
        #expect(EntryMapping(site: SiteConfiguration()).entry(for: article).summary == nil)
        var site = SiteConfiguration()
        site.cleaning.jsonSummaries = false
        #expect(EntryMapping(site: site).entry(for: article).summary == #"{"_id":"5f"}"#)
    }

    @Test func tallyCountsWhatTheSwitchesClean() {
        var suffixed = Article.make(path: "a.md", title: "A - Example Wire", provider: wire).summary
        var json = Article.make(path: "b.md", excerpt: #"{"_id":1}"#).summary
        #expect(rules.tally([suffixed, json]) == CleaningRules.Tally(titles: ["a.md"], summaries: ["b.md"]))
        suffixed.sourceIndex = 1
        json.sourceIndex = 2
        #expect(CleaningRules(providerSuffix: false, jsonSummaries: false).tally([suffixed, json]) == CleaningRules.Tally())
    }
}
