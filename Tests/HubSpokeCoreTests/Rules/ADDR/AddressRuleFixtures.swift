@testable import HubSpokeCore

/// Tiny designs for the ADDR rule tests: VNets by name and prefixes, peered in pairs.
enum AddressRuleFixtures {
    static func vnet(_ name: String, _ prefixes: String...) -> VirtualNetwork {
        VirtualNetwork(name: name, addressPrefixes: prefixes)
    }

    /// A design of the given VNets, with both halves of a peering (`A-to-B`, `B-to-A`) for each pair.
    static func design(_ vnets: [VirtualNetwork], peered pairs: [(String, String)] = []) -> Design {
        var design = Design(virtualNetworks: vnets)
        for (a, b) in pairs { peer(&design, a, b) }
        return design
    }

    static func peer(_ design: inout Design, _ a: String, _ b: String, useRemoteGateways: Bool = false) {
        for (local, remote) in [(a, b), (b, a)] {
            guard let i = design.virtualNetworks.firstIndex(where: { $0.name == local }) else { continue }
            design.virtualNetworks[i].virtualNetworkPeerings.append(
                VirtualNetworkPeering(
                    name: "\(local)-to-\(remote)", remoteVirtualNetwork: remote, allowForwardedTraffic: true,
                    allowGatewayTransit: local == b && useRemoteGateways,
                    useRemoteGateways: local == a && useRemoteGateways))
        }
    }

    /// A hub with an Azure Firewall in `AzureFirewallSubnet` (the first /26 of its space).
    static func firewallHub(_ name: String, _ prefix: String, subnet: String) -> (VirtualNetwork, AzureFirewall) {
        var hub = vnet(name, prefix)
        hub.subnets = [Subnet(name: "AzureFirewallSubnet", addressPrefixes: [subnet])]
        return (hub, AzureFirewall(name: "afw-\(name)", subnet: "\(name)/subnets/AzureFirewallSubnet"))
    }

    static func run(_ rule: any Rule, _ design: Design, unknowns: UnknownValues = UnknownValues()) -> [Finding] {
        Validator(rules: [rule]).validate(design, unknowns: unknowns)
    }
}
