extension SiteConfiguration {
    /// The feeds' language: a BCP 47 tag's shape (RFC 5646 §2.1, loosely): `en`, `pt-BR`, `zh-Hant-TW`.
    public struct LanguageTag: Sendable, Equatable {
        /// The tag as given.
        public let text: String

        /// `text`, or why it is not a language tag.
        public init(_ text: String) throws(InvalidSetting) {
            guard Self.isValid(text) else {
                throw InvalidSetting(rule: "must be a BCP 47 tag such as 'en' or 'pt-BR'", value: "'\(text)'")
            }
            self.text = text
        }

        private static func isValid(_ tag: String) -> Bool {
            let parts = tag.split(separator: "-", omittingEmptySubsequences: false)
            guard let primary = parts.first, (2...3).contains(primary.count),
                  primary.allSatisfy({ $0.isASCII && $0.isLetter }) else { return false }
            return parts.dropFirst().allSatisfy { part in
                (1...8).contains(part.count) && part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
            }
        }
    }
}
