import HubSpokeCore

/// What lives in a hub besides gateways: Azure Firewall and its policy, Bastion, Route Server
/// and internal load balancers.
extension BicepExport {
    mutating func emitFirewalls() {
        for (p, policy) in design.firewallPolicies.enumerated() {
            blocks.append(
                ResourceBlock(
                    symbol: policySymbols[p], type: BicepExport.network("firewallPolicies"),
                    comments: suppressionComments(policy.name), members: policyMembers(p, policy)))
            for (g, group) in policy.ruleCollectionGroups.enumerated() {
                let collections = group.ruleCollections.map { collection -> EmittedValue in
                    let rules = collection.rules.map { rule -> EmittedValue in
                        .object([
                            ("ruleType", .string("NetworkRule")), ("name", .string(rule.name)),
                            ("ipProtocols", .strings(rule.ipProtocols)),
                            ("sourceAddresses", .strings(rule.sourceAddresses)),
                            ("destinationAddresses", .strings(rule.destinationAddresses)),
                            ("destinationPorts", .strings(rule.destinationPorts)),
                        ])
                    }
                    return .object([
                        ("ruleCollectionType", .string("FirewallPolicyFilterRuleCollection")),
                        ("name", .string(collection.name)), ("priority", .int(collection.priority)),
                        ("action", .object([("type", .string(collection.action))])), ("rules", .array(rules)),
                    ])
                }
                blocks.append(
                    ResourceBlock(
                        symbol: ruleCollectionGroupSymbols[p][g],
                        type: BicepExport.network("firewallPolicies/ruleCollectionGroups"),
                        comments: suppressionComments(
                            ResourcePath.child(policy.name, .ruleCollectionGroups, group.name)),
                        members: [
                            ("parent", .expression(policySymbols[p])), ("name", .string(group.name)),
                            (
                                "properties",
                                .object([("priority", .int(group.priority)), ("ruleCollections", .array(collections))])
                            ),
                        ]))
            }
        }
        for (i, firewall) in design.azureFirewalls.enumerated() {
            func ipConfiguration(_ name: String, subnet: String, publicIP: String?) -> EmittedValue {
                var p: [(String, EmittedValue)] = [("subnet", subnetReference(subnet))]
                if let publicIP { p.append(("publicIPAddress", publicIPReference(publicIP))) }
                return .object([("name", .string(name)), ("properties", .object(p))])
            }
            var properties: [(String, EmittedValue)] = [
                ("sku", .object([("name", .string(firewall.skuName)), ("tier", .string(firewall.skuTier))])),
                (
                    "ipConfigurations",
                    .array([ipConfiguration("ipconfig1", subnet: firewall.subnet, publicIP: firewall.publicIPAddress)])
                ),
            ]
            if let management = firewall.managementSubnet {
                properties.append(
                    (
                        "managementIpConfiguration",
                        ipConfiguration(
                            "management", subnet: management, publicIP: firewall.managementPublicIPAddress)
                    ))
            }
            if let policy = firewall.firewallPolicy {
                properties.append(
                    (
                        "firewallPolicy",
                        reference(
                            policy, lookup: index.firewallPolicy, symbols: policySymbols,
                            type: "Microsoft.Network/firewallPolicies")
                    ))
            }
            blocks.append(
                ResourceBlock(
                    symbol: firewallSymbols[i], type: BicepExport.network("azureFirewalls"),
                    comments: suppressionComments(firewall.name),
                    members: [
                        ("name", .string(firewall.name)), ("location", location(firewall.placement)),
                        ("properties", .object(properties)),
                    ]))
        }
    }

    /// A policy's tier must match its firewall's (Azure refuses a Premium firewall with a
    /// Standard policy); it follows the first firewall that uses the policy.
    func policyMembers(_ p: Int, _ policy: FirewallPolicy) -> [(String, EmittedValue)] {
        var members: [(String, EmittedValue)] = [
            ("name", .string(policy.name)), ("location", location(policy.placement)),
        ]
        if let firewall = design.azureFirewalls.first(where: {
            $0.firewallPolicy.flatMap { index.firewallPolicy($0) } == p
        }) {
            members.append(("properties", .object([("sku", .object([("tier", .string(firewall.skuTier))]))])))
        }
        return members
    }

    mutating func emitBastionHosts() {
        for (i, bastion) in design.bastionHosts.enumerated() {
            var properties: [(String, EmittedValue)] = []
            if let subnet = bastion.subnet {
                var p: [(String, EmittedValue)] = [("subnet", subnetReference(subnet))]
                if let pip = bastion.publicIPAddress { p.append(("publicIPAddress", publicIPReference(pip))) }
                properties.append(
                    (
                        "ipConfigurations",
                        .array([.object([("name", .string("ipconfig1")), ("properties", .object(p))])])
                    ))
            }
            if let vnet = bastion.virtualNetwork {
                properties.append(
                    (
                        "virtualNetwork",
                        reference(
                            vnet, lookup: index.virtualNetwork, symbols: vnetSymbols,
                            type: "Microsoft.Network/virtualNetworks")
                    ))
            }
            blocks.append(
                ResourceBlock(
                    symbol: bastionSymbols[i], type: BicepExport.network("bastionHosts"),
                    comments: suppressionComments(bastion.name),
                    members: [
                        ("name", .string(bastion.name)), ("location", location(bastion.placement)),
                        ("sku", .object([("name", .string(bastion.sku))])), ("properties", .object(properties)),
                    ]))
        }
    }

    /// Route Server is a `virtualHubs` resource with an IP configuration in `RouteServerSubnet`.
    mutating func emitRouteServers() {
        for (i, server) in design.routeServers.enumerated() {
            blocks.append(
                ResourceBlock(
                    symbol: routeServerSymbols[i], type: BicepExport.network("virtualHubs"),
                    comments: suppressionComments(server.name),
                    members: [
                        ("name", .string(server.name)), ("location", location(server.placement)),
                        ("properties", .object([("sku", .string("Standard"))])),
                    ]))
            blocks.append(
                ResourceBlock(
                    symbol: routeServerIPConfigSymbols[i], type: BicepExport.network("virtualHubs/ipConfigurations"),
                    members: [
                        ("parent", .expression(routeServerSymbols[i])), ("name", .string("ipconfig1")),
                        ("properties", .object([("subnet", subnetReference(server.subnet))])),
                    ]))
        }
    }

    mutating func emitLoadBalancers() {
        for (i, lb) in design.loadBalancers.enumerated() {
            let frontends = lb.frontendIPConfigurations.map { frontend -> EmittedValue in
                var p: [(String, EmittedValue)] = [("subnet", subnetReference(frontend.subnet))]
                if let ip = frontend.privateIPAddress {
                    p += [("privateIPAllocationMethod", .string("Static")), ("privateIPAddress", .string(ip))]
                } else {
                    p.append(("privateIPAllocationMethod", .string("Dynamic")))
                }
                return .object([("name", .string(frontend.name)), ("properties", .object(p))])
            }
            blocks.append(
                ResourceBlock(
                    symbol: loadBalancerSymbols[i], type: BicepExport.network("loadBalancers"),
                    comments: suppressionComments(lb.name),
                    members: [
                        ("name", .string(lb.name)), ("location", location(lb.placement)),
                        ("sku", .object([("name", .string(lb.sku))])),
                        ("properties", .object([("frontendIPConfigurations", .array(frontends))])),
                    ]))
        }
    }
}
