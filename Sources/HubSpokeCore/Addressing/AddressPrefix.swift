/// A CIDR prefix (`10.0.0.0/16`, `fd00:db8::/64`) whose host bits are zero, as Azure requires.
///
/// `parse` tells a malformed string from one whose only fault is set host bits, because the
/// validator reports them as different rules (ADDR-001 / ADDR-002) and can suggest the fix.
public struct AddressPrefix: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The network address (first address of the block).
    public let network: IPAddress
    public let length: Int

    public enum ParseError: Error, Hashable, Sendable, CustomStringConvertible {
        /// Not CIDR at all; the reason says what was expected.
        case malformed(String)
        /// Valid address and length, but the address is not the network address of the block.
        case hostBitsSet(network: AddressPrefix)

        public var description: String {
            switch self {
            case .malformed(let reason): return reason
            case .hostBitsSet(let network): return "host bits are set; the network address is \(network)"
            }
        }
    }

    /// Builds the block of `length` bits containing `address` (host bits cleared).
    public init(containing address: IPAddress, length: Int) {
        precondition(length >= 0 && length <= address.family.bitWidth)
        self.length = length
        self.network = IPAddress(
            family: address.family, value: address.value & AddressPrefix.mask(length, address.family))
    }

    /// Strict parse: nil unless the text is valid CIDR with host bits zero.
    public init?(_ text: some StringProtocol) {
        guard case .success(let p) = AddressPrefix.parse(text) else { return nil }
        self = p
    }

    public static func parse(_ text: some StringProtocol) -> Result<AddressPrefix, ParseError> {
        // Works on the UTF-8 bytes: this runs for every prefix of every validation.
        var string = String(text)
        return string.withUTF8 { bytes in
            guard let slash = bytes.firstIndex(of: UInt8(ascii: "/")) else {
                return .failure(.malformed("expected an address and a prefix length, like 10.0.0.0/16"))
            }
            let addressBytes = UnsafeBufferPointer(rebasing: bytes[..<slash])
            let lengthBytes = bytes[(slash + 1)...]
            let address: IPAddress
            if addressBytes.contains(UInt8(ascii: ":")) {
                guard let v6 = IPAddress.parseV6(Substring(String(decoding: addressBytes, as: UTF8.self))) else {
                    return .failure(
                        .malformed("'\(String(decoding: addressBytes, as: UTF8.self))' is not an IPv4 or IPv6 address"))
                }
                address = IPAddress(family: .v6, value: v6)
            } else {
                guard let v4 = IPAddress.parseV4(bytes: addressBytes) else {
                    return .failure(
                        .malformed("'\(String(decoding: addressBytes, as: UTF8.self))' is not an IPv4 or IPv6 address"))
                }
                address = IPAddress(v4: v4)
            }
            var length = 0
            let maxLength = address.family.bitWidth
            guard !lengthBytes.isEmpty, lengthBytes.count <= 3,
                lengthBytes.allSatisfy({ $0 >= 48 && $0 <= 57 })
            else {
                return .failure(.malformed("prefix length must be a whole number from 0 to \(maxLength)"))
            }
            for b in lengthBytes { length = length * 10 + Int(b - 48) }
            guard length <= maxLength else {
                return .failure(.malformed("prefix length must be a whole number from 0 to \(maxLength)"))
            }
            let block = AddressPrefix(containing: address, length: length)
            if block.network != address { return .failure(.hostBitsSet(network: block)) }
            return .success(block)
        }
    }

    public var family: IPAddress.Family { network.family }
    /// Numeric value of the first address.
    public var first: UInt128 { network.value }
    /// Numeric value of the last address (the broadcast address for IPv4).
    public var last: UInt128 { network.value | ~AddressPrefix.mask(length, family) & AddressPrefix.familyMask(family) }
    /// Number of addresses, saturating at UInt128.max for ::/0.
    public var addressCount: UInt128 {
        let bits = family.bitWidth - length
        return bits >= 128 ? UInt128.max : (UInt128(1) << bits)
    }

    public var lastAddress: IPAddress { IPAddress(family: family, value: last) }

    public func contains(_ address: IPAddress) -> Bool {
        address.family == family && address.value >= first && address.value <= last
    }

    public func contains(_ other: AddressPrefix) -> Bool {
        other.family == family && other.first >= first && other.last <= last
    }

    public func overlaps(_ other: AddressPrefix) -> Bool {
        other.family == family && other.first <= last && first <= other.last
    }

    /// Addresses Azure lets you use in a subnet of this size: it reserves the network address,
    /// the default gateway (.1), two DNS addresses (.2, .3) and the last address (SUB-005).
    public var usableAddressCount: UInt128 {
        addressCount > 5 ? addressCount - 5 : 0
    }

    /// The first address Azure hands out in a subnet (x.x.x.4); an Azure Firewall gets this one.
    public var firstUsableAddress: IPAddress { network.advanced(by: 4) }

    /// True for the five addresses Azure keeps for itself in every subnet.
    public func isAzureReserved(_ address: IPAddress) -> Bool {
        guard contains(address) else { return false }
        return address.value - first < 4 || address.value == last
    }

    public var description: String { "\(network)/\(length)" }

    public static func < (a: AddressPrefix, b: AddressPrefix) -> Bool {
        (a.network, a.length) < (b.network, b.length)
    }

    static func familyMask(_ family: IPAddress.Family) -> UInt128 {
        family == .v4 ? UInt128(UInt32.max) : UInt128.max
    }

    static func mask(_ length: Int, _ family: IPAddress.Family) -> UInt128 {
        let width = family.bitWidth
        if length == 0 { return 0 }
        let hostBits = width - length
        let ones = familyMask(family)
        return hostBits >= 128 ? 0 : (ones >> hostBits) << hostBits & ones
    }
}
