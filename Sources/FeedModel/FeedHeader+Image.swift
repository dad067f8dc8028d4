extension FeedHeader {
    /// The image a format with one image field shows (RSS `<image>`, JSON Feed `icon`): the
    /// logo, else the icon.
    public var image: Article.Image? { logo ?? icon.map { Article.Image(url: $0) } }
}

extension Article.Image {
    /// RSS `<image>`'s width and height: both declared and within RSS's 144 × 400 limits,
    /// else none (a reader then assumes RSS's default, which one dimension alone would distort).
    public var rssSize: (width: Int, height: Int)? {
        guard let width, let height, (1...144).contains(width), (1...400).contains(height) else { return nil }
        return (width, height)
    }
}
