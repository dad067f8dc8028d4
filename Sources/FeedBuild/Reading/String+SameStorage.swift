extension String {
    /// Whether both are the very same value, bit for bit: the same storage for a long string,
    /// the same bytes for a short one (held inline). Equal strings from two places are not:
    /// `==` answers at once only for these (it compares the bits first), so the records a
    /// watch recalls take the listing's own path strings, and giving one its own again costs a
    /// retain and a release on scattered memory. (`isIdentical(to:)`, SE-0494, is not in Swift 6.3.)
    func isSameStorage(as other: String) -> Bool { storageWords == other.storageWords }

    /// The two words a String is (its layout on 64-bit platforms): its storage's address and
    /// count for a long string, its bytes for a short one.
    var storageWords: (UInt64, UInt64) { unsafeBitCast(self, to: (UInt64, UInt64).self) }
}
