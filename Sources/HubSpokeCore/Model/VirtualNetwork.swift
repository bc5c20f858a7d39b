/// `Microsoft.Network/virtualNetworks`. IPv4 and IPv6 prefixes share `addressPrefixes`, as in
/// Azure's `addressSpace.addressPrefixes`; values are kept as written so a bad prefix can be
/// reported with its location instead of being refused at load.
public struct VirtualNetwork: Hashable, Sendable, Codable {
    public var name: String
    public var placement: Placement
    public var addressPrefixes: [String]
    public var dnsServers: [String]
    public var subnets: [Subnet]
    public var virtualNetworkPeerings: [VirtualNetworkPeering]
    /// Declared `existing` in Bicep: deployed elsewhere, so its contents are only partly known.
    public var isExisting: Bool

    public init(
        name: String,
        placement: Placement = Placement(),
        addressPrefixes: [String] = [],
        dnsServers: [String] = [],
        subnets: [Subnet] = [],
        virtualNetworkPeerings: [VirtualNetworkPeering] = [],
        isExisting: Bool = false
    ) {
        self.name = name
        self.placement = placement
        self.addressPrefixes = addressPrefixes
        self.dnsServers = dnsServers
        self.subnets = subnets
        self.virtualNetworkPeerings = virtualNetworkPeerings
        self.isExisting = isExisting
    }
}
