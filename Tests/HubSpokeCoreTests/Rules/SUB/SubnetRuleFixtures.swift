@testable import HubSpokeCore

/// Tiny designs for the SUB rule tests: one VNet `vnet-a` (10.0.0.0/16) unless told otherwise.
enum SubnetRuleFixtures {
    static func run(_ rule: any Rule, _ design: Design, unknowns: UnknownValues = UnknownValues()) -> [Finding] {
        Validator(rules: [rule]).validate(design, unknowns: unknowns)
    }

    static func vnet(
        _ name: String = "vnet-a", prefixes: [String] = ["10.0.0.0/16"], subnets: [Subnet],
        peerings: [VirtualNetworkPeering] = []
    ) -> VirtualNetwork {
        VirtualNetwork(name: name, addressPrefixes: prefixes, subnets: subnets, virtualNetworkPeerings: peerings)
    }

    static func design(_ subnets: Subnet..., prefixes: [String] = ["10.0.0.0/16"]) -> Design {
        Design(virtualNetworks: [vnet(prefixes: prefixes, subnets: subnets)])
    }

    static func subnet(_ name: String, _ prefixes: String..., nsg: String? = nil, routeTable: String? = nil) -> Subnet {
        Subnet(name: name, addressPrefixes: prefixes, networkSecurityGroup: nsg, routeTable: routeTable)
    }

    static func nic(_ name: String, subnet: String, staticIP: String? = nil, nsg: String? = nil) -> NetworkInterface {
        NetworkInterface(
            name: name, networkSecurityGroup: nsg,
            ipConfigurations: [
                NetworkInterfaceIPConfiguration(
                    subnet: subnet, privateIPAllocationMethod: staticIP == nil ? "Dynamic" : "Static",
                    privateIPAddress: staticIP)
            ])
    }

    static func rule(
        _ name: String, _ priority: Int, _ direction: String, _ access: String, protocol: String = "Tcp",
        from source: String, to destination: String = "*", ports: [String]
    ) -> SecurityRule {
        SecurityRule(
            name: name, priority: priority, direction: direction, access: access, protocol: `protocol`,
            sourceAddressPrefix: source, sourcePortRange: "*", destinationAddressPrefix: destination,
            destinationPortRange: ports.count == 1 ? ports[0] : nil,
            destinationPortRanges: ports.count > 1 ? ports : nil)
    }
}
