import Testing
@testable import FeedModel

/// `LeadImageRule`: which image leads an entry.
@Suite struct LeadImageRuleTests {
    private let rule = LeadImageRule()

    private func image(_ name: String, _ width: Int?, _ height: Int?) -> Article.Image {
        Article.Image(url: "https://img.example.com/\(name).jpg", width: width, height: height)
    }

    @Test func noImagesNoLead() {
        #expect(rule.leadIndex(of: []) == nil)
    }

    @Test func largestOfThoseBigEnoughWins() {
        let images = [image("small", 300, 300), image("big", 800, 600), image("bigger", 1200, 630), image("huge-strip", 5000, 100)]
        #expect(rule.leadIndex(of: images) == 2)
    }

    @Test func shorterSideMustReachTheMinimum() {
        // The strip has the largest area, but its shorter side is below 400.
        #expect(rule.leadIndex(of: [image("strip", 5000, 399), image("square", 400, 400)]) == 1)
    }

    @Test func largestWhenNoneIsBigEnough() {
        #expect(rule.leadIndex(of: [image("a", 100, 100), image("b", 300, 200), image("c", 200, 200)]) == 1)
    }

    @Test func firstWhenNoneHasADeclaredSize() {
        #expect(rule.leadIndex(of: [image("a", nil, nil), image("b", 640, nil), image("c", nil, 480)]) == 0)
    }

    @Test func imagesWithoutSizeLoseToOnesWithSize() {
        #expect(rule.leadIndex(of: [image("a", nil, nil), image("b", 10, 10)]) == 1)
    }

    @Test func tieAmongBigEnoughGoesToTheEarlier() {
        #expect(rule.leadIndex(of: [image("a", 300, 300), image("b", 800, 600), image("c", 600, 800)]) == 1)
    }

    @Test func tieAmongTooSmallGoesToTheEarlier() {
        #expect(rule.leadIndex(of: [image("a", 20, 10), image("b", 10, 20)]) == 0)
    }

    @Test func minimumIsConfigurable() {
        let images = [image("a", 300, 300), image("b", 2000, 250)]
        #expect(LeadImageRule(minimumSide: 200).leadIndex(of: images) == 1)
        #expect(LeadImageRule(minimumSide: 300).leadIndex(of: images) == 0)
    }

    @Test func hugeDeclaredSizesDoNotOverflow() {
        #expect(rule.leadIndex(of: [image("a", 500, 500), image("b", Int.max, Int.max)]) == 1)
    }
}
