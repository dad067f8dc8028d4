extension FeedOverrides {
    /// One feed's settings from `feedpub.yml`.
    struct Override: Sendable, Equatable {
        /// The whole feed title, in place of "<name> — <site title>".
        var title: String?
        /// RSS `<description>`, Atom `<subtitle>`.
        var description: String?
        /// The feed's folder name under `topics/` or `providers/`.
        var slug: String?
        /// The feed's own icon and logo.
        var branding = Branding()
        /// The language of the feed and of its articles that declare none (BCP 47, conventional case).
        var language: String? = nil

        init(title: String? = nil, description: String? = nil, slug: String? = nil, branding: Branding = Branding(),
             language: String? = nil) {
            self.branding = branding
            self.language = language
            self.title = title
            self.description = description
            self.slug = slug
        }
    }
}
