/// Which of an article's images leads its entry, and whether the entry's HTML shows it:
/// `feedpub.yml`'s `images`.
public struct LeadImageRule: Sendable, Equatable {
    /// The default `minimumSide`: large enough for a reader's card or banner.
    public static let defaultMinimumSide = 400

    /// The shorter side, in pixels, an image needs to be preferred as the lead.
    public var minimumSide: Int
    /// Whether the HTML summary and content begin with an `<img>` of the lead image.
    public var inHTML: Bool

    /// A rule preferring images at least `minimumSide` pixels on their shorter side.
    public init(minimumSide: Int = defaultMinimumSide, inHTML: Bool = true) {
        self.minimumSide = minimumSide
        self.inHTML = inHTML
    }

    /// The position of the lead in `images`: the largest by declared area whose shorter side
    /// is at least `minimumSide`; else the largest with a declared size; else the first. Ties
    /// go to the earlier image; nil for no images.
    public func leadIndex(of images: [Article.Image]) -> Int? {
        guard !images.isEmpty else { return nil }
        var largest: (index: Int, area: Int)?
        var largestBigEnough: (index: Int, area: Int)?
        for (index, image) in images.enumerated() {
            guard let width = image.width, let height = image.height else { continue }
            let (product, overflow) = width.multipliedReportingOverflow(by: height)
            let area = overflow ? Int.max : product
            if area > largest?.area ?? -1 { largest = (index, area) }
            if min(width, height) >= minimumSide, area > largestBigEnough?.area ?? -1 { largestBigEnough = (index, area) }
        }
        return largestBigEnough?.index ?? largest?.index ?? 0
    }
}
