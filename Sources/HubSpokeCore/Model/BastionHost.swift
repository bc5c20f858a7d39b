/// `Microsoft.Network/bastionHosts`. Basic, Standard and Premium need `AzureBastionSubnet`;
/// the Developer SKU attaches to a VNet without a subnet of its own.
public struct BastionHost: Hashable, Sendable, Codable {
    public var name: String
    public var placement: Placement
    /// `Developer`, `Basic`, `Standard` or `Premium`.
    public var sku: String
    /// Path of its subnet, normally `VNET/subnets/AzureBastionSubnet` (nil for Developer).
    public var subnet: String?
    /// The VNet of a Developer-SKU host (which has no subnet).
    public var virtualNetwork: String?
    public var publicIPAddress: String?

    public init(
        name: String, placement: Placement = Placement(), sku: String = "Standard", subnet: String? = nil,
        virtualNetwork: String? = nil, publicIPAddress: String? = nil
    ) {
        self.name = name
        self.placement = placement
        self.sku = sku
        self.subnet = subnet
        self.virtualNetwork = virtualNetwork
        self.publicIPAddress = publicIPAddress
    }

    public var needsDedicatedSubnet: Bool { !sku.equalsIgnoringCase("Developer") }
}

/// Azure Route Server (`Microsoft.Network/virtualHubs` with an IP configuration in
/// `RouteServerSubnet`): it counts as a gateway for gateway transit.
public struct RouteServer: Hashable, Sendable, Codable {
    public var name: String
    public var placement: Placement
    /// Path of its subnet, normally `VNET/subnets/RouteServerSubnet`.
    public var subnet: String

    public init(name: String, placement: Placement = Placement(), subnet: String) {
        self.name = name
        self.placement = placement
        self.subnet = subnet
    }
}

/// An internal load balancer, modelled only as far as its frontends can be UDR next hops.
public struct LoadBalancer: Hashable, Sendable, Codable {
    public var name: String
    public var placement: Placement
    /// `Standard` or `Basic` (Basic frontends are unreachable over global peering).
    public var sku: String
    public var frontendIPConfigurations: [LoadBalancerFrontend]

    public init(
        name: String, placement: Placement = Placement(), sku: String = "Standard",
        frontendIPConfigurations: [LoadBalancerFrontend] = []
    ) {
        self.name = name
        self.placement = placement
        self.sku = sku
        self.frontendIPConfigurations = frontendIPConfigurations
    }
}

public struct LoadBalancerFrontend: Hashable, Sendable, Codable {
    public var name: String
    public var subnet: String
    public var privateIPAddress: String?

    public init(name: String, subnet: String, privateIPAddress: String? = nil) {
        self.name = name
        self.subnet = subnet
        self.privateIPAddress = privateIPAddress
    }
}
