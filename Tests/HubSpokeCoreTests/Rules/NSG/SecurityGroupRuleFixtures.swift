import HubSpokeCore

/// Small designs for the NSG and SEC rule tests: one VNet `vnet-a` (10.1.0.0/16) with subnet
/// `snet-app` (10.1.1.0/24) and NSG `nsg-test` holding the given rules.
enum SecurityGroupRuleFixtures {
    static let nsgName = "nsg-test"
    static let subnetPath = "vnet-a/subnets/snet-app"

    static func rule(
        _ name: String = "rule", priority: Int = 100, direction: String = "Inbound", access: String = "Allow",
        protocol proto: String = "Tcp", source: String? = "*", sources: [String]? = nil,
        sourcePort: String? = "*", destination: String? = "*", destinations: [String]? = nil,
        port: String? = "443", ports: [String]? = nil
    ) -> SecurityRule {
        SecurityRule(
            name: name, priority: priority, direction: direction, access: access, protocol: proto,
            sourceAddressPrefix: source, sourceAddressPrefixes: sources, sourcePortRange: sourcePort,
            destinationAddressPrefix: destination, destinationAddressPrefixes: destinations,
            destinationPortRange: port, destinationPortRanges: ports)
    }

    /// The NSG attached to `snet-app`, optionally with a route table on the subnet.
    static func design(
        _ rules: [SecurityRule], attached: Bool = true, routeTable: RouteTable? = nil,
        nsgPlacement: Placement = Placement(), vnetPlacement: Placement = Placement()
    ) -> Design {
        Design(
            virtualNetworks: [
                VirtualNetwork(
                    name: "vnet-a", placement: vnetPlacement, addressPrefixes: ["10.1.0.0/16"],
                    subnets: [
                        Subnet(
                            name: "snet-app", addressPrefixes: ["10.1.1.0/24"],
                            networkSecurityGroup: attached ? nsgName : nil, routeTable: routeTable?.name)
                    ])
            ],
            networkSecurityGroups: [NetworkSecurityGroup(name: nsgName, placement: nsgPlacement, securityRules: rules)],
            routeTables: routeTable.map { [$0] } ?? [])
    }

    static func path(_ rule: String) -> String { "\(nsgName)/securityRules/\(rule)" }

    static func run(_ rule: some Rule, on design: Design, unknowns: UnknownValues = UnknownValues()) -> [Finding] {
        Validator(rules: [rule]).validate(design, unknowns: unknowns)
    }
}
