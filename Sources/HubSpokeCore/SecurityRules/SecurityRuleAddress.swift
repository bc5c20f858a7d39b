/// One source or destination value of an NSG rule, parsed: `*`, an IP address or CIDR prefix, a
/// service tag, or an application security group (from the `…ApplicationSecurityGroups` lists).
public enum SecurityRuleAddress: Hashable, Sendable, CustomStringConvertible {
    /// `*`: every address, including those only an application security group names.
    case any
    /// An address (as a /32 or /128) or a CIDR block.
    case prefix(AddressPrefix)
    case serviceTag(ServiceTag)
    /// An application security group, by name (see `applicationSecurityGroupName(_:)`).
    case applicationSecurityGroup(String)

    /// Why an address value is not one Azure accepts; `description` is written for the user.
    public enum ParseError: Error, Hashable, Sendable, CustomStringConvertible {
        case empty
        /// Looks like an address or prefix but is not a valid one.
        case malformedAddress(String, reason: String)
        /// Valid prefix length, but the address is not the network address of the block.
        case hostBitsSet(String, network: AddressPrefix)
        /// Several values in one string (`10.0.0.0/8,192.168.0.0/16`).
        case list(String)
        /// Neither an address, a prefix, `*` nor anything shaped like a service tag.
        case notAnAddressOrTag(String)

        public var description: String {
            switch self {
            case .empty:
                return "an address value is empty; use '*', an IP address, a CIDR prefix or a service tag"
            case .malformedAddress(let text, let reason):
                return "'\(text)' is not a valid IP address or CIDR prefix (\(reason))"
            case .hostBitsSet(let text, let network):
                return "'\(text)' has host bits set; the prefix is \(network)"
            case .list(let text):
                return
                    "'\(text)' holds several values; put each one in its own entry of the plural …AddressPrefixes list"
            case .notAnAddressOrTag(let text):
                return "'\(text)' is not '*', an IP address, a CIDR prefix or a service tag"
            }
        }
    }

    /// Parses an address-prefix value. Tag-shaped words become `.serviceTag` whether or not the
    /// tag is known (see `ServiceTag.isKnown`); only text that cannot be a tag is an error.
    public static func parse(_ value: String) -> Result<SecurityRuleAddress, ParseError> {
        if value == "*" { return .success(.any) }
        if let prefix = fastIPv4Prefix(value) { return .success(.prefix(prefix)) }
        if value.isEmpty { return .failure(.empty) }
        if value.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ";") || $0 == UInt8(ascii: " ") })
        {
            return .failure(.list(value))
        }
        if value.utf8.contains(UInt8(ascii: "/")) {
            switch AddressPrefix.parse(value) {
            case .success(let prefix): return .success(.prefix(prefix))
            case .failure(.hostBitsSet(let network)): return .failure(.hostBitsSet(value, network: network))
            case .failure(.malformed(let reason)): return .failure(.malformedAddress(value, reason: reason))
            }
        }
        if let address = IPAddress(value) {
            return .success(.prefix(AddressPrefix(containing: address, length: address.family.bitWidth)))
        }
        if ServiceTag.isTagShaped(value) { return .success(.serviceTag(ServiceTag(value))) }
        if value.utf8.contains(UInt8(ascii: ":")) || value.utf8.first.map({ $0 >= 48 && $0 <= 57 }) == true {
            return .failure(
                .malformedAddress(value, reason: "expected an address like 10.0.0.4 or a prefix like 10.0.0.0/24"))
        }
        return .failure(.notAnAddressOrTag(value))
    }

    /// Parses for matching: like `parse`, but a prefix with host bits set stands for its block
    /// (NSG-008 reports it); nil for anything else `parse` rejects.
    public init?(matching text: String) {
        switch SecurityRuleAddress.parse(text) {
        case .success(let address): self = address
        case .failure(.hostBitsSet(_, let network)): self = .prefix(network)
        case .failure: return nil
        }
    }

    /// The name of an application security group from any way a design refers to it: a name,
    /// a design path `rg:name`, or a full ARM resource ID. Groups are compared by this name,
    /// ignoring case, so a rule written with an ID matches a NIC that lists the group by name.
    public static func applicationSecurityGroupName(_ reference: String) -> String {
        var name = Substring(reference)
        if let slash = name.lastIndex(of: "/") { name = name[name.index(after: slash)...] }
        if let colon = name.lastIndex(of: ":") { name = name[name.index(after: colon)...] }
        return String(name)
    }

    /// True for values that stand for the whole Internet as a source: `*`, `Internet`, `Any`,
    /// `0.0.0.0/0` and `::/0` (case-insensitive), as the SEC rules and checkov treat them.
    public static func isInternetWide(_ text: String) -> Bool {
        // Most values are prefixes of private ranges: reject them on the first byte.
        guard let first = text.utf8.first,
            first == UInt8(ascii: "*") || first == UInt8(ascii: "0") || first == UInt8(ascii: ":")
                || first | 0x20 == UInt8(ascii: "i") || first | 0x20 == UInt8(ascii: "a")
        else { return false }
        return text == "*" || text.equalsIgnoringCase("Internet") || text.equalsIgnoringCase("Any")
            || text == "0.0.0.0/0"
            || text == "::/0"
    }

    /// A dotted-quad address or IPv4 CIDR block parsed in one pass without allocating, or nil for
    /// anything else (IPv6, errors, leading zeros, host bits), which the full parser then handles.
    static func fastIPv4Prefix(_ text: String) -> AddressPrefix? {
        guard let (address, length) = scanIPv4(text), hostBitsClear(address, length) else { return nil }
        return AddressPrefix(containing: IPAddress(v4: address), length: length)
    }

    /// True for a well-formed IPv4 address or CIDR block with no host bits set: the common case
    /// validation can accept without building anything.
    static func isCleanIPv4(_ text: String) -> Bool {
        guard let (address, length) = scanIPv4(text) else { return false }
        return hostBitsClear(address, length)
    }

    private static func hostBitsClear(_ address: UInt32, _ length: Int) -> Bool {
        length == 32 || (length == 0 ? address == 0 : address & (UInt32.max >> UInt32(length)) == 0)
    }

    /// Address and prefix length (32 without one) of dotted-quad text, or nil.
    private static func scanIPv4(_ text: String) -> (UInt32, Int)? {
        var address: UInt32 = 0
        var octet: UInt32 = 0
        var octetDigits = 0
        var octetLeadingZero = false
        var dots = 0
        var length = 0
        var lengthDigits = 0
        var inLength = false
        for byte in text.utf8 {
            if byte >= 48 && byte <= 57 {
                let digit = UInt32(byte &- 48)
                if inLength {
                    length = length &* 10 &+ Int(digit)
                    lengthDigits += 1
                    if lengthDigits > 2 { return nil }
                } else {
                    if octetDigits == 0 { octetLeadingZero = digit == 0 } else if octetLeadingZero { return nil }
                    octet = octet &* 10 &+ digit
                    octetDigits += 1
                    if octetDigits > 3 || octet > 255 { return nil }
                }
            } else if byte == UInt8(ascii: "."), !inLength, octetDigits > 0, dots < 3 {
                address = address << 8 | octet
                octet = 0
                octetDigits = 0
                dots += 1
            } else if byte == UInt8(ascii: "/"), !inLength, octetDigits > 0, dots == 3 {
                inLength = true
            } else {
                return nil
            }
        }
        guard dots == 3, octetDigits > 0 else { return nil }
        address = address << 8 | octet
        if !inLength { return (address, 32) }
        guard lengthDigits > 0, length <= 32 else { return nil }
        return (address, length)
    }

    public var description: String {
        switch self {
        case .any: return "*"
        case .prefix(let prefix):
            return prefix.length == prefix.family.bitWidth ? "\(prefix.network)" : "\(prefix)"
        case .serviceTag(let tag): return tag.name
        case .applicationSecurityGroup(let name): return name
        }
    }
}
