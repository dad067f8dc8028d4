import Testing
@testable import FeedModel

/// `Slug` and `SlugAssigner`: the folder names of topic and provider feeds.
@Suite struct SlugTests {
    @Test func wordsBecomeLowerCaseWithHyphens() {
        #expect(Slug.base(for: "Microsoft AI") == "microsoft-ai")
    }

    @Test func umlautLosesItsAccent() {
        #expect(Slug.base(for: "Zürich") == "zurich")
    }

    @Test func tildeAndSpaceFolded() {
        #expect(Slug.base(for: "São Paulo") == "sao-paulo")
    }

    @Test func decomposedInputGivesTheSameSlug() {
        #expect(Slug.base(for: "Sa\u{303}o Paulo") == "sao-paulo")
    }

    @Test func latinLettersWithoutDecomposition() {
        #expect(Slug.base(for: "Straße Øresund Łódź") == "strasse-oresund-lodz")
    }

    @Test func punctuationRunsBecomeOneHyphenNeverAtTheEnds() {
        #expect(Slug.base(for: "  --AI / ML & Data!!  ") == "ai-ml-data")
    }

    @Test func nameWithoutLatinLettersGetsAHashSlug() {
        #expect(Slug.base(for: "日本経済新聞") == "u-a34b5fc6ba")
    }

    @Test func hashSlugIsTheSameForTheSameName() {
        #expect(Slug.base(for: "日本経済新聞") == Slug.base(for: "日本経済新聞"))
    }

    @Test func differentNonLatinNamesGetDifferentSlugs() {
        #expect(Slug.base(for: "日本経済新聞") != Slug.base(for: "朝日新聞"))
    }

    @Test(arguments: ["../../etc", "a/b", "a\\b", "..", "./.", "/", "..\\..\\windows"])
    func pathCharactersNeverSurvive(_ name: String) {
        let slug = Slug.base(for: name)
        #expect(!slug.contains("/") && !slug.contains("\\") && !slug.contains(".."))
    }

    @Test func parentDirectoryNameKeepsOnlyItsWord() {
        #expect(Slug.base(for: "../../etc") == "etc")
    }

    @Test func slashBecomesHyphen() {
        #expect(Slug.base(for: "a/b") == "a-b")
    }

    @Test func slugIsOnlyLowerCaseLettersDigitsAndHyphens() {
        let slug = Slug.base(for: "Ünïcödé — “Quotes”, 2021 & Ørsted")
        #expect(slug == "unicode-quotes-2021-orsted")
    }

    @Test func longNameIsCutWithoutTrailingHyphen() {
        let slug = Slug.base(for: String(repeating: "a", count: 63) + " b")
        #expect(slug == String(repeating: "a", count: 63))
    }

    @Test func collidingNamesGetDistinctSlugs() throws {
        let (cpp, cs) = (try #require(FeedName("C++")), try #require(FeedName("C#")))
        let slugs = SlugAssigner.assign([cpp, cs])
        #expect(slugs[cs] == "c")
        #expect(slugs[cpp] == "c-f6d0cc")
    }

    @Test func collisionSlugsDoNotDependOnInputOrder() throws {
        let names = try ["C++", "C#", "C"].map { try #require(FeedName($0)) }
        #expect(SlugAssigner.assign(names) == SlugAssigner.assign(names.reversed()))
    }

    @Test func firstInCodePointOrderKeepsThePlainSlug() throws {
        let names = try ["C++", "C#", "C"].map { try #require(FeedName($0)) }
        #expect(SlugAssigner.assign(names)[names[2]] == "c")
    }

    @Test func hashedSlugAvoidsAnotherNamesPlainSlug() throws {
        let names = try ["C#", "C++", "C f6d0cc"].map { try #require(FeedName($0)) }
        let slugs = SlugAssigner.assign(names)
        #expect(Set(slugs.values).count == 3)
        #expect(slugs[names[2]] == "c-f6d0cc")
    }
}
