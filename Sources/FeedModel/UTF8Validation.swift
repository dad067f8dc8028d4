internal import ByteScan

/// UTF-8 well-formedness (RFC 3629: no overlong forms, no surrogates, nothing past
/// U+10FFFF) without building a String: every input file is checked, and copying each one into
/// a String only to validate it showed in profiles.
enum UTF8Validation {
    static func isValid(_ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            var i = 0
            let count = buffer.count
            while i < count {
                // ASCII a word at a time, the common case.
                i = ByteScan.firstMarked(in: buffer, from: i, by: ByteScan.nonASCII(in:))
                guard i < count else { break }
                let lead = buffer[i]
                if lead < 0x80 {
                    i += 1
                    continue
                }
                let length: Int
                var low: UInt8 = 0x80, high: UInt8 = 0xBF
                switch lead {
                case 0xC2...0xDF: length = 2
                case 0xE0: length = 3; low = 0xA0
                case 0xE1...0xEC, 0xEE...0xEF: length = 3
                case 0xED: length = 3; high = 0x9F
                case 0xF0: length = 4; low = 0x90
                case 0xF1...0xF3: length = 4
                case 0xF4: length = 4; high = 0x8F
                default: return false
                }
                guard i + length <= count, (low...high).contains(buffer[i + 1]) else { return false }
                for k in 2..<length where !(0x80...0xBF).contains(buffer[i + k]) { return false }
                i += length
            }
            return true
        }
    }
}
