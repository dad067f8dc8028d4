internal import FeedYAML

extension ConfigurationDecoder {
    /// `topics:` or `providers:`: a mapping of names to `{title, description, slug, icon, logo, language}`.
    static func overrides(_ node: YAMLNode, _ axis: String) throws(Failure) -> [String: FeedOverrides.Override] {
        var result: [String: FeedOverrides.Override] = [:]
        var seenNames: [FeedName: String] = [:]
        var seenSlugs: [String: String] = [:]
        for (name, value) in try mapping(node, "'\(axis)'", known: nil) {
            guard let feedName = FeedName(name) else { throw Failure(line: value.line, message: "'\(axis)' has an empty name") }
            if let other = seenNames[feedName] {
                throw Failure(line: value.line, message: "'\(axis).\(name)' names the same feed as '\(other)'")
            }
            seenNames[feedName] = name
            var override = FeedOverrides.Override()
            for (field, fieldValue) in try mapping(value, "'\(axis).\(name)'", known: overrideKeys) {
                let key = "\(axis).\(name).\(field)"
                switch field {
                case "title": override.title = try nonEmptyText(fieldValue, key)
                case "description": override.description = try nonEmptyText(fieldValue, key)
                case "icon": override.branding.icon = try setting(fieldValue, key, Branding.ImageURL.init).text
                case "logo": override.branding.logo = try setting(fieldValue, key, Branding.ImageURL.init).text
                case "language": override.language = try setting(fieldValue, key, SiteConfiguration.LanguageTag.init).canonical
                default:
                    let slug = try text(fieldValue, key)
                    guard !slug.isEmpty, Slug.base(for: slug) == slug else {
                        throw Failure(line: fieldValue.line, message: "'\(key)' must be lower-case letters, digits and single hyphens (at most 64), not '\(slug)'")
                    }
                    if let other = seenSlugs[slug] {
                        throw Failure(line: fieldValue.line, message: "'\(key)' is '\(slug)', the slug of '\(other)' too")
                    }
                    seenSlugs[slug] = name
                    override.slug = slug
                }
            }
            result[name] = override
        }
        return result
    }
}
