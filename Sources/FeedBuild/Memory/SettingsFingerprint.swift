/// A fingerprint of everything a build is told that can change what it writes or reports:
/// the folders as named, the site and `feedpub.yml`. Taken from the values themselves
/// (every stored property, by reflection), so a setting added later is covered without
/// being listed here; the members of sets and dictionaries are taken in sorted order, as
/// their own order differs from process to process.
enum SettingsFingerprint {
    static func of(_ settings: BuildSettings) -> UInt64 {
        var hash = FNV1a()
        hash.add(settings.input.typed)
        hash.add(settings.output.typed)
        add(settings.site, to: &hash)
        add(settings.configuration, to: &hash)
        return hash.value
    }

    /// Adds `value`: its type, then each property named, or its text; texts end with a separator.
    static func add(_ value: Any, to hash: inout FNV1a) {
        // The common leaves directly: reflecting a keyword's bytes one by one would cost more than an unchanged run.
        switch value {
        case let text as String: return hash.add("s" + text)
        case let number as Int: return hash.add(Int64(number))
        case let bytes as [UInt8]:
            hash.add(Int64(bytes.count))
            return hash.add(bytes)
        default: break
        }
        let mirror = Mirror(reflecting: value)
        hash.add("\(mirror.subjectType)")
        guard !mirror.children.isEmpty || mirror.displayStyle != nil && mirror.displayStyle != .enum && mirror.displayStyle != .struct else {
            return hash.add(String(reflecting: value))
        }
        hash.add(Int64(mirror.children.count))
        guard mirror.displayStyle == .set || mirror.displayStyle == .dictionary else {
            for child in mirror.children {
                hash.add(child.label ?? "")
                add(child.value, to: &hash)
            }
            return
        }
        let members = mirror.children.map { child -> UInt64 in
            var member = FNV1a()
            add(child.value, to: &member)
            return member.value
        }
        for member in members.sorted() { hash.add(Int64(bitPattern: member)) }
    }
}
