/// `Microsoft.Network/routeTables` with its user-defined routes.
public struct RouteTable: Hashable, Sendable, Codable {
    public var name: String
    public var placement: Placement
    /// When true, routes learned by a virtual network gateway (on-premises, BGP) are not added
    /// to the subnets that use this table.
    public var disableBgpRoutePropagation: Bool
    public var routes: [Route]

    public init(
        name: String, placement: Placement = Placement(), disableBgpRoutePropagation: Bool = false,
        routes: [Route] = []
    ) {
        self.name = name
        self.placement = placement
        self.disableBgpRoutePropagation = disableBgpRoutePropagation
        self.routes = routes
    }
}

/// `Microsoft.Network/routeTables/routes`. `nextHopType` stays a string so a value Azure refuses
/// (RT-001) can be reported where it was written.
public struct Route: Hashable, Sendable, Codable {
    public var name: String
    /// A CIDR prefix or a service tag (`Storage`, `AzureCloud.westeurope`).
    public var addressPrefix: String
    /// `VirtualNetworkGateway`, `VnetLocal`, `Internet`, `VirtualAppliance` or `None`.
    public var nextHopType: String
    public var nextHopIpAddress: String?

    public init(name: String, addressPrefix: String, nextHopType: String, nextHopIpAddress: String? = nil) {
        self.name = name
        self.addressPrefix = addressPrefix
        self.nextHopType = nextHopType
        self.nextHopIpAddress = nextHopIpAddress
    }

    /// The next hop types a user-defined route accepts (RT-001).
    public static let userNextHopTypes = ["VirtualNetworkGateway", "VnetLocal", "Internet", "VirtualAppliance", "None"]
}
