/// Azure compares names, enum values and service tags without regard to ASCII case
/// (`tcp` == `Tcp`, `internet` == `Internet`). The core avoids Foundation, so this is its one
/// home for that comparison.
extension StringProtocol {
    /// ASCII case-insensitive equality, the way ARM compares names and enum values.
    /// Inlinable so other modules get it specialised for `String`/`Substring`: the generic
    /// form was a third of the Bicep mapper's time.
    @inlinable public func equalsIgnoringCase(_ other: some StringProtocol) -> Bool {
        let a = self.utf8
        let b = other.utf8
        guard a.count == b.count else { return false }
        return zip(a, b).allSatisfy { lowerASCII($0) == lowerASCII($1) }
    }

    /// The text with ASCII letters lower-cased: a dictionary key for case-insensitive lookups.
    @inlinable public var asciiLowercased: String {
        // Most names are already lower case: skip the copy then.
        if !utf8.contains(where: { $0 >= 65 && $0 <= 90 }) { return String(self) }
        return String(decoding: utf8.map(lowerASCII), as: UTF8.self)
    }
}

@usableFromInline @inline(__always) func lowerASCII(_ byte: UInt8) -> UInt8 {
    byte >= 65 && byte <= 90 ? byte + 32 : byte
}
