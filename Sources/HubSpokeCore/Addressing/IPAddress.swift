/// An IPv4 or IPv6 address as one 128-bit number, so the same interval arithmetic serves both
/// families. IPv4 uses the low 32 bits; `family` keeps the two apart (an IPv4 address never
/// equals or overlaps an IPv6 one).
public struct IPAddress: Hashable, Sendable, Comparable, CustomStringConvertible {
    public enum Family: Int, Hashable, Sendable, Comparable {
        case v4 = 4
        case v6 = 6

        public var bitWidth: Int { self == .v4 ? 32 : 128 }
        public static func < (a: Family, b: Family) -> Bool { a.rawValue < b.rawValue }
    }

    public var family: Family
    public var value: UInt128

    public init(family: Family, value: UInt128) {
        self.family = family
        self.value = value
    }

    public init(v4 value: UInt32) {
        self.init(family: .v4, value: UInt128(value))
    }

    /// Parses dotted-quad IPv4 or RFC 4291 IPv6 text (`::` compression, embedded IPv4 tail).
    /// Returns nil for anything else, including leading zeros in IPv4 octets, which Azure refuses.
    public init?(_ text: some StringProtocol) {
        if text.contains(":") {
            guard let v = IPAddress.parseV6(Substring(text)) else { return nil }
            self.init(family: .v6, value: v)
        } else {
            guard let v = IPAddress.parseV4(Substring(text)) else { return nil }
            self.init(v4: v)
        }
    }

    public static func < (a: IPAddress, b: IPAddress) -> Bool {
        (a.family, a.value) < (b.family, b.value)
    }

    public var description: String {
        family == .v4 ? IPAddress.formatV4(UInt32(truncatingIfNeeded: value)) : IPAddress.formatV6(value)
    }

    /// The address `n` places further on (wrapping is the caller's concern).
    public func advanced(by n: UInt128) -> IPAddress { IPAddress(family: family, value: value &+ n) }

    static func parseV4(_ text: Substring) -> UInt32? {
        var copy = String(text)
        return copy.withUTF8 { parseV4(bytes: $0) }
    }

    static func parseV4(bytes: UnsafeBufferPointer<UInt8>) -> UInt32? {
        var result: UInt32 = 0
        var octets = 0
        var current: UInt32 = 0
        var digits = 0
        var firstDigit: UInt8 = 0
        for byte in bytes {
            if byte == UInt8(ascii: ".") {
                guard digits > 0, !(digits > 1 && firstDigit == UInt8(ascii: "0")), octets < 3 else { return nil }
                result = result << 8 | current
                octets += 1
                current = 0
                digits = 0
            } else if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
                if digits == 0 { firstDigit = byte }
                current = current * 10 + UInt32(byte - UInt8(ascii: "0"))
                digits += 1
                guard digits <= 3, current <= 255 else { return nil }
            } else {
                return nil
            }
        }
        guard octets == 3, digits > 0, !(digits > 1 && firstDigit == UInt8(ascii: "0")) else { return nil }
        return result << 8 | current
    }

    static func parseV6(_ text: Substring) -> UInt128? {
        guard !text.isEmpty else { return nil }
        let halves = text.split(separator: "::", maxSplits: 1, omittingEmptySubsequences: false)
        guard halves.count <= 2, !text.contains(":::") else { return nil }
        func groups(_ part: Substring, allowV4Tail: Bool) -> [UInt16]? {
            if part.isEmpty { return [] }
            var out: [UInt16] = []
            let pieces = part.split(separator: ":", omittingEmptySubsequences: false)
            for (i, piece) in pieces.enumerated() {
                if piece.contains(".") {
                    guard allowV4Tail, i == pieces.count - 1, let v4 = parseV4(piece) else { return nil }
                    out.append(UInt16(v4 >> 16))
                    out.append(UInt16(v4 & 0xFFFF))
                } else {
                    // Hex digits only: `UInt16(_:radix:)` alone would also take a sign (`+1`, `-0`).
                    guard (1...4).contains(piece.utf8.count), piece.utf8.allSatisfy(isHexDigit),
                        let g = UInt16(piece, radix: 16)
                    else { return nil }
                    out.append(g)
                }
            }
            return out
        }
        var all: [UInt16]
        if halves.count == 2 {
            guard let head = groups(halves[0], allowV4Tail: false),
                let tail = groups(halves[1], allowV4Tail: true), head.count + tail.count <= 7
            else { return nil }
            all = head + Array(repeating: 0, count: 8 - head.count - tail.count) + tail
        } else {
            guard let only = groups(halves[0], allowV4Tail: true), only.count == 8 else { return nil }
            all = only
        }
        return all.reduce(UInt128(0)) { $0 << 16 | UInt128($1) }
    }

    private static func isHexDigit(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
            || (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "f"))
            || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "F"))
    }

    static func formatV4(_ v: UInt32) -> String {
        "\(v >> 24).\((v >> 16) & 0xFF).\((v >> 8) & 0xFF).\(v & 0xFF)"
    }

    /// RFC 5952 text: lower case, the longest run of two or more zero groups compressed (the
    /// first of equally long runs), and IPv4-mapped addresses in mixed notation (section 5).
    static func formatV6(_ v: UInt128) -> String {
        if v >> 32 == 0xFFFF { return "::ffff:" + formatV4(UInt32(truncatingIfNeeded: v)) }
        let groups = (0..<8).map { UInt16(truncatingIfNeeded: v >> (112 - 16 * $0)) }
        var bestStart = -1
        var bestLength = 0
        var i = 0
        while i < 8 {
            if groups[i] == 0 {
                var j = i
                while j < 8, groups[j] == 0 { j += 1 }
                if j - i > bestLength, j - i >= 2 {
                    bestStart = i
                    bestLength = j - i
                }
                i = j
            } else {
                i += 1
            }
        }
        func hex(_ range: Range<Int>) -> String {
            range.map { String(groups[$0], radix: 16) }.joined(separator: ":")
        }
        if bestStart < 0 { return hex(0..<8) }
        return hex(0..<bestStart) + "::" + hex((bestStart + bestLength)..<8)
    }
}
