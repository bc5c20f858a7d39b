import HubSpokeCore

/// Which VNets act as hubs. A design does not say so explicitly; a hub is a VNet that holds a
/// gateway, firewall, Route Server or Bastion subnet, or offers gateway transit, or (failing
/// those) is peered with more VNets than any other. Hubs are listed first and drawn in the middle.
public struct TopologyRoles: Sendable {
    public let hubs: Set<Int>

    public init(_ design: Design) {
        var hubs = Set<Int>()
        let serviceSubnets: Set<String> = ["gatewaysubnet", "azurefirewallsubnet", "routeserversubnet"]
        var mostPeerings = 0
        var busiest: Int?
        for (i, vnet) in design.virtualNetworks.enumerated() {
            if vnet.subnets.contains(where: { serviceSubnets.contains($0.name.asciiLowercased) })
                || vnet.virtualNetworkPeerings.contains(where: \.allowGatewayTransit)
            {
                hubs.insert(i)
            }
            if vnet.virtualNetworkPeerings.count > mostPeerings {
                mostPeerings = vnet.virtualNetworkPeerings.count
                busiest = i
            }
        }
        if hubs.isEmpty, let busiest, mostPeerings > 1 { hubs.insert(busiest) }
        self.hubs = hubs
    }

    public func isHub(_ vnet: Int) -> Bool { hubs.contains(vnet) }
}
