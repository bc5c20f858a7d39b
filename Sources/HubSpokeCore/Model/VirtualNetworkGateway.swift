/// `Microsoft.Network/virtualNetworkGateways`: a VPN or ExpressRoute gateway. Azure places it
/// through an IP configuration whose subnet must be the VNet's `GatewaySubnet`; the model keeps
/// that subnet path, which also says which VNet owns the gateway.
public struct VirtualNetworkGateway: Hashable, Sendable, Codable {
    public var name: String
    public var placement: Placement
    /// `Vpn` or `ExpressRoute`.
    public var gatewayType: String
    /// `RouteBased` or `PolicyBased` (VPN only).
    public var vpnType: String?
    /// SKU name and tier, e.g. `VpnGw2AZ`, `ErGw1AZ`, `Basic`.
    public var sku: String
    /// Path of the subnet of its IP configuration, normally `VNET/subnets/GatewaySubnet`.
    public var subnet: String
    public var publicIPAddress: String?
    public var enableBgp: Bool
    public var activeActive: Bool

    public init(
        name: String,
        placement: Placement = Placement(),
        gatewayType: String = "Vpn",
        vpnType: String? = "RouteBased",
        sku: String = "VpnGw1AZ",
        subnet: String,
        publicIPAddress: String? = nil,
        enableBgp: Bool = false,
        activeActive: Bool = false
    ) {
        self.name = name
        self.placement = placement
        self.gatewayType = gatewayType
        self.vpnType = vpnType
        self.sku = sku
        self.subnet = subnet
        self.publicIPAddress = publicIPAddress
        self.enableBgp = enableBgp
        self.activeActive = activeActive
    }

    public var isExpressRoute: Bool { gatewayType.equalsIgnoringCase("ExpressRoute") }
    public var isVpn: Bool { gatewayType.equalsIgnoringCase("Vpn") }
}

/// `Microsoft.Network/localNetworkGateways`: the on-premises side of a site-to-site VPN, with
/// the on-premises address prefixes the hub learns.
public struct LocalNetworkGateway: Hashable, Sendable, Codable {
    public var name: String
    public var placement: Placement
    public var gatewayIpAddress: String?
    /// `localNetworkAddressSpace.addressPrefixes`.
    public var addressPrefixes: [String]

    public init(
        name: String, placement: Placement = Placement(), gatewayIpAddress: String? = nil,
        addressPrefixes: [String] = []
    ) {
        self.name = name
        self.placement = placement
        self.gatewayIpAddress = gatewayIpAddress
        self.addressPrefixes = addressPrefixes
    }
}

/// `Microsoft.Network/connections`: joins a virtual network gateway to a local network gateway
/// (site-to-site, `IPsec`) or an ExpressRoute circuit.
public struct GatewayConnection: Hashable, Sendable, Codable {
    public var name: String
    public var placement: Placement
    /// `IPsec`, `ExpressRoute`, `Vnet2Vnet`.
    public var connectionType: String
    public var virtualNetworkGateway1: String
    public var localNetworkGateway2: String?

    public init(
        name: String, placement: Placement = Placement(), connectionType: String = "IPsec",
        virtualNetworkGateway1: String, localNetworkGateway2: String? = nil
    ) {
        self.name = name
        self.placement = placement
        self.connectionType = connectionType
        self.virtualNetworkGateway1 = virtualNetworkGateway1
        self.localNetworkGateway2 = localNetworkGateway2
    }
}
