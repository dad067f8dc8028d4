import Foundation

/// URL path segments for topic and provider feeds.
///
/// A slug is lower-case ASCII letters, digits and single hyphens, never empty, never holding
/// `/`, `\` or `.`. Latin letters lose their accents (`Zürich` → `zurich`); every other run of
/// characters becomes one hyphen. A name with no Latin letter or digit (`日本経済新聞`) gets
/// `u-` and 10 hex digits of a stable hash of its key (FNV-1a, 64-bit), so it is stable across
/// runs and machines. See `SlugAssigner` for names that meet on one slug.
enum Slug {
    static let maxLength = 64

    /// The slug a name would get on its own.
    static func base(for name: String) -> String {
        var out: [UInt8] = []
        var pendingHyphen = false
        for scalar in name.decomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            let folded = fold(scalar)
            if folded.isEmpty {
                pendingHyphen = !out.isEmpty
                continue
            }
            if pendingHyphen { out.append(UInt8(ascii: "-")) }
            pendingHyphen = false
            out += folded
        }
        if out.count > maxLength {
            out = Array(out.prefix(maxLength))
            while out.last == UInt8(ascii: "-") { out.removeLast() }
        }
        return out.isEmpty ? fallback(for: name) : String(decoding: out, as: UTF8.self)
    }

    /// Lower-case ASCII for one scalar, or nothing when it is a separator.
    private static func fold(_ scalar: Unicode.Scalar) -> [UInt8] {
        switch scalar.value {
        case 0x30...0x39, 0x61...0x7A: return [UInt8(scalar.value)]
        case 0x41...0x5A: return [UInt8(scalar.value + 32)]
        default: return latinLetters[scalar].map { Array($0.utf8) } ?? []
        }
    }

    /// Latin letters that do not decompose into an ASCII letter and a mark.
    private static let latinLetters: [Unicode.Scalar: String] = [
        "ß": "ss", "ẞ": "ss", "æ": "ae", "Æ": "ae", "ø": "o", "Ø": "o", "œ": "oe", "Œ": "oe",
        "ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "ð": "d", "Ð": "d", "þ": "th", "Þ": "th", "ı": "i",
    ]

    static func fallback(for name: String) -> String {
        "u-" + hexHash(name.precomposedStringWithCanonicalMapping.lowercased(), digits: 10)
    }

    /// The first `digits` hex digits of the FNV-1a 64-bit hash of the UTF-8 of `text`.
    static func hexHash(_ text: String, digits: Int) -> String {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        let hex = String(hash, radix: 16)
        return String((String(repeating: "0", count: 16 - hex.count) + hex).prefix(digits))
    }
}

/// Gives every name of one axis (topics, or providers) a distinct slug, deterministically.
///
/// When names meet on one slug (`C++` and `C#` both give `c`), the name first in Unicode
/// code-point order of its key keeps the plain slug and each other gets `-` and 6 hex digits
/// of its key's hash; the result depends only on the set of names, not on file order.
enum SlugAssigner {
    /// `fixed`: slugs an editor chose (`feedpub.yml`); they are taken first, and a name whose
    /// own slug one of them took gets the hash suffix.
    /// `bases`: each name's `Slug.base`, when the caller keeps them (computed here otherwise).
    static func assign(_ names: [FeedName], bases: [String]? = nil, fixed requested: [FeedName: String] = [:]) -> [FeedName: String] {
        // One name per chosen slug (a provider override by domain can match several names):
        // the first in code-point order keeps it, the others are assigned as usual.
        var fixed: [FeedName: String] = [:]
        var claimed = Set<String>()
        for name in requested.keys.sorted(by: { $0.key.unicodeScalars.lexicographicallyPrecedes($1.key.unicodeScalars) })
        where claimed.insert(requested[name]!).inserted {
            fixed[name] = requested[name]
        }
        var byBase: [String: [FeedName]] = [:]
        for (index, name) in names.enumerated() where fixed[name] == nil {
            byBase[bases?[index] ?? Slug.base(for: name.display), default: []].append(name)
        }
        let reserved = Set(fixed.values)
        var taken = Set(byBase.keys).union(reserved)
        var result = fixed
        for base in byBase.keys.sorted() {
            let group = byBase[base]!.sorted { $0.key.unicodeScalars.lexicographicallyPrecedes($1.key.unicodeScalars) }
            let plain = reserved.contains(base) ? 0 : 1
            for name in group.prefix(plain) { result[name] = base }
            for name in group.dropFirst(plain) {
                var digits = 6
                var slug = suffixed(base, key: name.key, digits: digits)
                while taken.contains(slug) && digits < 16 {
                    digits += 1
                    slug = suffixed(base, key: name.key, digits: digits)
                }
                taken.insert(slug)
                result[name] = slug
            }
        }
        return result
    }

    /// `base`, `-` and `digits` hex digits of `key`'s hash; the base is cut (and loses a final
    /// hyphen) only as far as needed to keep the slug within `Slug.maxLength`.
    private static func suffixed(_ base: String, key: String, digits: Int) -> String {
        var stem = base.prefix(Slug.maxLength - 1 - digits)
        while stem.hasSuffix("-") { stem = stem.dropLast() }
        return stem + "-" + Slug.hexHash(key, digits: digits)
    }
}
