@testable import HubSpokeCore

/// Tiny gateway designs: `vnet-hub` (10.0.0.0/16) with a /27 GatewaySubnet and one gateway,
/// optionally spokes that use it.
enum GatewayRuleFixtures {
    static func run(_ rule: any Rule, _ design: Design) -> [Finding] {
        Validator(rules: [rule]).validate(design)
    }

    static func hub(
        gateway: VirtualNetworkGateway = VirtualNetworkGateway(name: "vgw", subnet: "vnet-hub/subnets/GatewaySubnet"),
        subnets: [Subnet] = [Subnet(name: "GatewaySubnet", addressPrefixes: ["10.0.0.0/27"])]
    ) -> Design {
        Design(
            virtualNetworks: [VirtualNetwork(name: "vnet-hub", addressPrefixes: ["10.0.0.0/16"], subnets: subnets)],
            virtualNetworkGateways: [gateway])
    }

    /// Adds `vnet-spokeN` (10.N.0.0/16) peered with the hub, using the hub gateway when asked.
    static func addSpoke(_ design: inout Design, _ n: Int, useRemoteGateways: Bool = true, routeTable: String? = nil) {
        let name = "vnet-spoke\(n)"
        design.virtualNetworks[0].virtualNetworkPeerings.append(
            VirtualNetworkPeering(
                name: "hub-to-spoke\(n)", remoteVirtualNetwork: name, allowForwardedTraffic: true,
                allowGatewayTransit: useRemoteGateways))
        design.virtualNetworks.append(
            VirtualNetwork(
                name: name, addressPrefixes: ["10.\(n).0.0/16"],
                subnets: [Subnet(name: "snet-app", addressPrefixes: ["10.\(n).1.0/24"], routeTable: routeTable)],
                virtualNetworkPeerings: [
                    VirtualNetworkPeering(
                        name: "spoke\(n)-to-hub", remoteVirtualNetwork: "vnet-hub", allowForwardedTraffic: true,
                        useRemoteGateways: useRemoteGateways)
                ]))
    }

    static func addOnPremises(_ design: inout Design, prefixes: [String] = ["192.168.0.0/16"]) {
        design.localNetworkGateways = [
            LocalNetworkGateway(name: "lng", gatewayIpAddress: "203.0.113.10", addressPrefixes: prefixes)
        ]
        design.connections = [GatewayConnection(name: "cn", virtualNetworkGateway1: "vgw", localNetworkGateway2: "lng")]
    }
}
