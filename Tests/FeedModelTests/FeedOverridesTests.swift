import Testing
@testable import FeedModel

/// `topics:` and `providers:` in feedpub.yml: an editor's title, description and slug per feed.
@Suite("Feed overrides")
struct FeedOverridesTests {
    let dcd = Article.Provider(name: "Datacenter Dynamics", domain: "datacenterdynamics.com")

    func plans(_ articles: [Article], _ overrides: FeedOverrides) -> [FeedPlan] {
        FeedCatalog(summaries: articles.map(\.summary), site: SiteConfiguration(), overrides: overrides).plans
    }

    @Test("a topic's title, description and slug replace the generated ones; its URLs follow the slug")
    func topicOverride() throws {
        var overrides = FeedOverrides()
        overrides.topics["ai"] = FeedOverrides.Override(title: "Artificial intelligence", description: "All about AI", slug: "artificial-intelligence")
        let plan = try #require(plans([Article.make(topics: ["AI"])], overrides).first { $0.kind == .topic("AI") })
        #expect(plan.title == "Artificial intelligence")
        #expect(plan.subtitle == "All about AI")
        #expect(plan.directory == "topics/artificial-intelligence")
        #expect(plan.atomURL == "https://feeds.example.org/topics/artificial-intelligence/atom.xml")
    }

    @Test("a provider is found by its name or its domain")
    func providerByDomain() throws {
        var overrides = FeedOverrides()
        overrides.providers["DatacenterDynamics.com"] = FeedOverrides.Override(slug: "dcd")
        let directories = plans([Article.make(provider: dcd)], overrides).map(\.directory)
        #expect(directories == ["", "providers/dcd"])
    }

    @Test("a feed whose own slug an override took gets the hash suffix")
    func overrideTakesASlug() {
        var overrides = FeedOverrides()
        overrides.topics["Machine learning"] = FeedOverrides.Override(slug: "ai")
        let articles = [Article.make(topics: ["AI", "Machine learning"])]
        let directories = plans(articles, overrides).map(\.directory)
        #expect(directories.contains("topics/ai"))
        #expect(directories.contains { $0.hasPrefix("topics/ai-") && $0.count == "topics/ai-".count + 6 })
        let machineLearning = plans(articles, overrides).first { $0.kind == .topic("Machine learning") }
        #expect(machineLearning?.directory == "topics/ai")
    }

    @Test("a slug chosen for a domain that several providers share goes to one of them only")
    func sharedDomainSlug() {
        var overrides = FeedOverrides()
        overrides.providers["example.org"] = FeedOverrides.Override(slug: "wire")
        let articles = [
            Article.make(url: "https://n.example/1", provider: Article.Provider(name: "Example Wire", domain: "example.org")),
            Article.make(url: "https://n.example/2", provider: Article.Provider(name: "Example Sports", domain: "example.org")),
        ]
        let directories = plans(articles, overrides).map(\.directory)
        #expect(Set(directories).count == directories.count, "\(directories)")
        #expect(directories.filter { $0 == "providers/wire" }.count == 1)
        #expect(directories.contains("providers/example-wire"))
    }

    @Test("the description of the feed of all articles")
    func allDescription() {
        var overrides = FeedOverrides()
        overrides.allDescription = "Everything."
        #expect(plans([], overrides).first?.subtitle == "Everything.")
    }

    @Test("no overrides: the plans are the catalog's usual ones")
    func noOverrides() {
        let articles = [Article.make(topics: ["AI"], provider: dcd)]
        #expect(plans(articles, FeedOverrides()) == FeedCatalog(summaries: articles.map(\.summary), site: SiteConfiguration()).plans)
    }
}
