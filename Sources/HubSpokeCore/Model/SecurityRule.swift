/// `Microsoft.Network/networkSecurityGroups/securityRules`, with Azure's property names.
///
/// Azure has a singular and a plural form of each prefix and port field; they are mutually
/// exclusive (NSG-007), so both are kept as written instead of being merged: merging would hide
/// the very mistake the validator must report. Enum-like fields stay strings for the same reason
/// (`direction: 'Inbond'` is a finding, NSG-004, not an unreadable file).
public struct SecurityRule: Hashable, Sendable, Codable {
    public var name: String
    public var priority: Int
    /// `Inbound` or `Outbound`.
    public var direction: String
    /// `Allow` or `Deny`.
    public var access: String
    /// `Tcp`, `Udp`, `Icmp`, `Esp`, `Ah` or `*`.
    public var `protocol`: String
    public var sourceAddressPrefix: String?
    public var sourceAddressPrefixes: [String]?
    public var sourceApplicationSecurityGroups: [String]?
    public var sourcePortRange: String?
    public var sourcePortRanges: [String]?
    public var destinationAddressPrefix: String?
    public var destinationAddressPrefixes: [String]?
    public var destinationApplicationSecurityGroups: [String]?
    public var destinationPortRange: String?
    public var destinationPortRanges: [String]?
    public var description: String?

    public init(
        name: String,
        priority: Int,
        direction: String,
        access: String,
        protocol: String,
        sourceAddressPrefix: String? = nil,
        sourceAddressPrefixes: [String]? = nil,
        sourceApplicationSecurityGroups: [String]? = nil,
        sourcePortRange: String? = nil,
        sourcePortRanges: [String]? = nil,
        destinationAddressPrefix: String? = nil,
        destinationAddressPrefixes: [String]? = nil,
        destinationApplicationSecurityGroups: [String]? = nil,
        destinationPortRange: String? = nil,
        destinationPortRanges: [String]? = nil,
        description: String? = nil
    ) {
        self.name = name
        self.priority = priority
        self.direction = direction
        self.access = access
        self.protocol = `protocol`
        self.sourceAddressPrefix = sourceAddressPrefix
        self.sourceAddressPrefixes = sourceAddressPrefixes
        self.sourceApplicationSecurityGroups = sourceApplicationSecurityGroups
        self.sourcePortRange = sourcePortRange
        self.sourcePortRanges = sourcePortRanges
        self.destinationAddressPrefix = destinationAddressPrefix
        self.destinationAddressPrefixes = destinationAddressPrefixes
        self.destinationApplicationSecurityGroups = destinationApplicationSecurityGroups
        self.destinationPortRange = destinationPortRange
        self.destinationPortRanges = destinationPortRanges
        self.description = description
    }

    /// All source address values, singular and plural together (empty means none was given).
    public var sources: [String] { (sourceAddressPrefix.map { [$0] } ?? []) + (sourceAddressPrefixes ?? []) }
    public var destinations: [String] {
        (destinationAddressPrefix.map { [$0] } ?? []) + (destinationAddressPrefixes ?? [])
    }
    public var sourcePorts: [String] { (sourcePortRange.map { [$0] } ?? []) + (sourcePortRanges ?? []) }
    public var destinationPorts: [String] {
        (destinationPortRange.map { [$0] } ?? []) + (destinationPortRanges ?? [])
    }

    public var isInbound: Bool { direction.equalsIgnoringCase("Inbound") }
    public var isOutbound: Bool { direction.equalsIgnoringCase("Outbound") }
    public var isAllow: Bool { access.equalsIgnoringCase("Allow") }
    public var isDeny: Bool { access.equalsIgnoringCase("Deny") }

    /// The rules Azure puts in every NSG, evaluated after all custom rules.
    public static let defaultRules: [SecurityRule] = [
        SecurityRule(
            name: "AllowVnetInBound", priority: 65000, direction: "Inbound", access: "Allow", protocol: "*",
            sourceAddressPrefix: "VirtualNetwork", sourcePortRange: "*",
            destinationAddressPrefix: "VirtualNetwork", destinationPortRange: "*"),
        SecurityRule(
            name: "AllowAzureLoadBalancerInBound", priority: 65001, direction: "Inbound", access: "Allow",
            protocol: "*", sourceAddressPrefix: "AzureLoadBalancer", sourcePortRange: "*",
            destinationAddressPrefix: "*", destinationPortRange: "*"),
        SecurityRule(
            name: "DenyAllInBound", priority: 65500, direction: "Inbound", access: "Deny", protocol: "*",
            sourceAddressPrefix: "*", sourcePortRange: "*", destinationAddressPrefix: "*",
            destinationPortRange: "*"),
        SecurityRule(
            name: "AllowVnetOutBound", priority: 65000, direction: "Outbound", access: "Allow", protocol: "*",
            sourceAddressPrefix: "VirtualNetwork", sourcePortRange: "*",
            destinationAddressPrefix: "VirtualNetwork", destinationPortRange: "*"),
        SecurityRule(
            name: "AllowInternetOutBound", priority: 65001, direction: "Outbound", access: "Allow",
            protocol: "*", sourceAddressPrefix: "*", sourcePortRange: "*",
            destinationAddressPrefix: "Internet", destinationPortRange: "*"),
        SecurityRule(
            name: "DenyAllOutBound", priority: 65500, direction: "Outbound", access: "Deny", protocol: "*",
            sourceAddressPrefix: "*", sourcePortRange: "*", destinationAddressPrefix: "*",
            destinationPortRange: "*"),
    ]
}
