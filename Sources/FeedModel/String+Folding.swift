internal import ByteScan
internal import Foundation

/// Normal forms and lower case as names and titles are compared, at a fraction of the cost
/// of the general paths for the text nearly all articles hold: every title, summary and name
/// passes here once per pass.
extension String {
    /// The text in Unicode NFC, as Foundation's `precomposedStringWithCanonicalMapping` gives
    /// it; text already in NFC (nearly all) is returned as it is after the standard library's
    /// check, which costs a fraction of Foundation's bridging and normalising. The two agree:
    /// NFC is stable across Unicode versions for assigned characters, and a character one of
    /// them does not know is a starter without a mapping, which neither changes.
    var precomposed: String {
        if !anyUTF8Byte(where: { $0 >= 0x80 }) { return self }
        var bytes = utf8Span
        return bytes.checkForNFC(quickCheck: false) ? self : precomposedStringWithCanonicalMapping
    }

    /// `lowercased()`: each scalar's lower-case mapping, as the standard library joins them,
    /// but a scalar that lower case leaves alone (nearly all of them) copied instead of made
    /// into a string of its own.
    var lowerCased: String {
        if !anyUTF8Byte(where: { $0 >= 0x80 }) { return lowercased() }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count)
        for scalar in unicodeScalars {
            if scalar.isASCII {
                let byte = UInt8(scalar.value)
                bytes.append(byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte)
            } else if scalar.properties.changesWhenLowercased {
                bytes.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
            } else {
                UTF8.encode(scalar) { bytes.append($0) }
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
