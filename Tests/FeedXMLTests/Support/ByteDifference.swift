/// Where two documents first differ, shown as text around that place; nil when they are equal.
/// A failing byte-for-byte comparison reads better this way than as two arrays of numbers.
func firstDifference(_ written: [UInt8], _ expected: [UInt8]) -> String? {
    guard written != expected else { return nil }
    let offset = zip(written, expected).prefix { $0 == $1 }.count
    func around(_ bytes: [UInt8]) -> String {
        String(decoding: bytes[max(0, offset - 120)..<min(bytes.count, offset + 120)], as: UTF8.self).debugDescription
    }
    return "at byte \(offset) of \(written.count) (expected \(expected.count)):\n\(around(written))\nexpected\n\(around(expected))"
}
