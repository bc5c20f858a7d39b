/// A dictionary key that ignores ASCII case, the way Azure compares names, without keeping a
/// lower-cased copy. Resource paths such as `nsg/securityRules/allow-rdp` have capitals, so a
/// lower-cased key was a new string for every lookup; a 1,000-VNet import makes half a million.
public struct CaseInsensitiveKey: Hashable, Sendable, CustomStringConvertible {
    /// The text as given; equality and hashing ignore its ASCII case.
    public let text: String

    public init(_ text: String) { self.text = text }

    public static func == (lhs: CaseInsensitiveKey, rhs: CaseInsensitiveKey) -> Bool {
        lhs.text.equalsIgnoringCase(rhs.text)
    }

    public func hash(into hasher: inout Hasher) {
        // FNV-1a over the lower-cased bytes, then one word into the hasher: feeding it byte by
        // byte costs more than the rest of the lookup.
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 { hash = (hash ^ UInt64(lowerASCII(byte))) &* 0x100_0000_01b3 }
        hasher.combine(hash)
    }

    public var description: String { text }
}
