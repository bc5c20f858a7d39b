/// One source or destination value of an NSG rule, parsed: `*`, an IP address or CIDR prefix, a
/// service tag, or an application security group (from the `…ApplicationSecurityGroups` lists).
public enum SecurityRuleAddress: Hashable, Sendable, CustomStringConvertible {
    /// `*`: every address, including those only an application security group names.
    case any
    /// An address (as a /32 or /128) or a CIDR block.
    case prefix(AddressPrefix)
    case serviceTag(ServiceTag)
    /// An application security group, by the name or path the rule uses.
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
    public static func parse(_ text: some StringProtocol) -> Result<SecurityRuleAddress, ParseError> {
        let value = String(text)
        if value.isEmpty { return .failure(.empty) }
        if value == "*" { return .success(.any) }
        if value.contains(",") || value.contains(";") || value.contains(" ") { return .failure(.list(value)) }
        if value.contains("/") {
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
        if value.contains(":") || value.utf8.first.map({ $0 >= 48 && $0 <= 57 }) == true {
            return .failure(
                .malformedAddress(value, reason: "expected an address like 10.0.0.4 or a prefix like 10.0.0.0/24"))
        }
        return .failure(.notAnAddressOrTag(value))
    }

    /// Parses for matching: like `parse`, but a prefix with host bits set stands for its block
    /// (NSG-008 reports it); nil for anything else `parse` rejects.
    public init?(matching text: some StringProtocol) {
        switch SecurityRuleAddress.parse(text) {
        case .success(let address): self = address
        case .failure(.hostBitsSet(_, let network)): self = .prefix(network)
        case .failure: return nil
        }
    }

    /// True for values that stand for the whole Internet as a source: `*`, `Internet`, `Any`,
    /// `0.0.0.0/0` and `::/0` (case-insensitive), as the SEC rules and checkov treat them.
    public static func isInternetWide(_ text: some StringProtocol) -> Bool {
        text == "*" || text.equalsIgnoringCase("Internet") || text.equalsIgnoringCase("Any") || text == "0.0.0.0/0"
            || text == "::/0"
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
