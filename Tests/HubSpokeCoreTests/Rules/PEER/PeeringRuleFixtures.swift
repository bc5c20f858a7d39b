@testable import HubSpokeCore

/// Small designs for the PEER and RT rule tests: a hub (10.0.0.0/16) with an Azure Firewall at
/// 10.0.1.4 and spokes 10.1.0.0/16, 10.2.0.0/16, ... each with one workload subnet, peered both
/// ways with the hub. Tests change what they need with the mutating helpers.
enum PeeringFixtures {
    static let firewallIP = "10.0.1.4"

    static func findings(_ rule: some Rule, _ design: Design) -> [Finding] {
        Validator(rules: [rule]).validate(design)
    }

    static func spokeName(_ n: Int) -> String { "vnet-spoke\(n)" }

    /// Hub with firewall (and optionally a VPN gateway), `spokes` spokes peered both ways.
    static func hub(
        spokes: Int = 2, forwarded: Bool = true, gateway: Bool = false, firewall: Bool = true
    ) -> Design {
        var hub = VirtualNetwork(
            name: "vnet-hub", addressPrefixes: ["10.0.0.0/16"],
            subnets: [
                Subnet(name: "GatewaySubnet", addressPrefixes: ["10.0.0.0/27"]),
                Subnet(name: "AzureFirewallSubnet", addressPrefixes: ["10.0.1.0/26"]),
            ])
        var design = Design()
        for n in 1...max(spokes, 1) where spokes > 0 {
            let name = spokeName(n)
            hub.virtualNetworkPeerings.append(
                VirtualNetworkPeering(
                    name: "hub-to-spoke\(n)", remoteVirtualNetwork: name, allowForwardedTraffic: forwarded,
                    allowGatewayTransit: gateway))
            design.virtualNetworks.append(
                VirtualNetwork(
                    name: name, addressPrefixes: ["10.\(n).0.0/16"],
                    subnets: [Subnet(name: "snet-app", addressPrefixes: ["10.\(n).1.0/24"])],
                    virtualNetworkPeerings: [
                        VirtualNetworkPeering(
                            name: "spoke\(n)-to-hub", remoteVirtualNetwork: "vnet-hub",
                            allowForwardedTraffic: forwarded,
                            useRemoteGateways: gateway)
                    ]))
        }
        design.virtualNetworks.insert(hub, at: 0)
        if firewall {
            design.azureFirewalls.append(AzureFirewall(name: "afw-hub", subnet: "vnet-hub/subnets/AzureFirewallSubnet"))
        }
        if gateway {
            design.virtualNetworkGateways.append(
                VirtualNetworkGateway(name: "vgw-hub", sku: "VpnGw2AZ", subnet: "vnet-hub/subnets/GatewaySubnet"))
        }
        return design
    }

    /// Two VNets 10.10.0.0/16 (vnet-a) and 10.20.0.0/16 (vnet-b), peered both ways.
    static func pair(_ a: VirtualNetworkPeering? = nil, _ b: VirtualNetworkPeering? = nil) -> Design {
        Design(virtualNetworks: [
            VirtualNetwork(
                name: "vnet-a", addressPrefixes: ["10.10.0.0/16"],
                subnets: [Subnet(name: "snet-a", addressPrefixes: ["10.10.1.0/24"])],
                virtualNetworkPeerings: [a ?? VirtualNetworkPeering(name: "a-to-b", remoteVirtualNetwork: "vnet-b")]),
            VirtualNetwork(
                name: "vnet-b", addressPrefixes: ["10.20.0.0/16"],
                subnets: [Subnet(name: "snet-b", addressPrefixes: ["10.20.1.0/24"])],
                virtualNetworkPeerings: [b ?? VirtualNetworkPeering(name: "b-to-a", remoteVirtualNetwork: "vnet-a")]),
        ])
    }
}

extension Design {
    /// Adds route table `name` with `routes` and associates it with the named subnets.
    mutating func addRouteTable(_ name: String, _ routes: [Route], on subnets: [String]) {
        routeTables.append(RouteTable(name: name, routes: routes))
        for path in subnets {
            let parts = path.split(separator: "/")
            guard let v = virtualNetworks.firstIndex(where: { $0.name == parts[0] }),
                let s = virtualNetworks[v].subnets.firstIndex(where: { $0.name == parts[2] })
            else { fatalError("no subnet \(path) in the fixture") }
            virtualNetworks[v].subnets[s].routeTable = name
        }
    }

    /// The VNet named `name`, for in-place edits.
    subscript(vnet name: String) -> VirtualNetwork {
        get { virtualNetworks.first { $0.name == name }! }
        set { virtualNetworks[virtualNetworks.firstIndex { $0.name == name }!] = newValue }
    }
}

extension Route {
    static func appliance(_ name: String, _ prefix: String, _ ip: String = PeeringFixtures.firewallIP) -> Route {
        Route(name: name, addressPrefix: prefix, nextHopType: "VirtualAppliance", nextHopIpAddress: ip)
    }
}
