import HubSpokeCore

/// Virtual networks with inline subnets, their peerings as child resources, and the NSGs,
/// route tables and public IPs that subnets and NICs refer to.
extension BicepExport {
    mutating func emitNetworkSecurityGroups() {
        for (i, nsg) in design.networkSecurityGroups.enumerated() {
            let rules = nsg.securityRules.map { rule -> EmittedValue in
                let comments = suppressionComments(ResourcePath.child(nsg.name, .securityRules, rule.name))
                let value = EmittedValue.object([
                    ("name", .string(rule.name)), ("properties", securityRuleProperties(rule)),
                ])
                return comments.isEmpty ? value : .commented(comments, value)
            }
            blocks.append(
                ResourceBlock(
                    symbol: nsgSymbols[i], type: BicepExport.network("networkSecurityGroups"),
                    comments: suppressionComments(nsg.name),
                    members: [
                        ("name", .string(nsg.name)), ("location", location(nsg.placement)),
                        ("properties", .object([("securityRules", .array(rules))])),
                    ]))
        }
    }

    func securityRuleProperties(_ rule: SecurityRule) -> EmittedValue {
        var p: [(String, EmittedValue)] = []
        if let d = rule.description { p.append(("description", .string(d))) }
        p.append(("priority", .int(rule.priority)))
        p.append(("direction", .string(rule.direction)))
        p.append(("access", .string(rule.access)))
        p.append(("protocol", .string(rule.protocol)))
        if let v = rule.sourceAddressPrefix { p.append(("sourceAddressPrefix", .string(v))) }
        if let v = rule.sourceAddressPrefixes { p.append(("sourceAddressPrefixes", .strings(v))) }
        if let v = rule.sourceApplicationSecurityGroups {
            p.append(("sourceApplicationSecurityGroups", asgReferences(v)))
        }
        if let v = rule.sourcePortRange { p.append(("sourcePortRange", .string(v))) }
        if let v = rule.sourcePortRanges { p.append(("sourcePortRanges", .strings(v))) }
        if let v = rule.destinationAddressPrefix { p.append(("destinationAddressPrefix", .string(v))) }
        if let v = rule.destinationAddressPrefixes { p.append(("destinationAddressPrefixes", .strings(v))) }
        if let v = rule.destinationApplicationSecurityGroups {
            p.append(("destinationApplicationSecurityGroups", asgReferences(v)))
        }
        if let v = rule.destinationPortRange { p.append(("destinationPortRange", .string(v))) }
        if let v = rule.destinationPortRanges { p.append(("destinationPortRanges", .strings(v))) }
        return .object(p)
    }

    mutating func emitApplicationSecurityGroups() {
        for (i, asg) in design.applicationSecurityGroups.enumerated() {
            blocks.append(
                ResourceBlock(
                    symbol: asgSymbols[i], type: BicepExport.network("applicationSecurityGroups"),
                    comments: suppressionComments(asg.name),
                    members: [("name", .string(asg.name)), ("location", location(asg.placement))]))
        }
    }

    mutating func emitRouteTables() {
        for (i, table) in design.routeTables.enumerated() {
            let routes = table.routes.map { route -> EmittedValue in
                var p: [(String, EmittedValue)] = [
                    ("addressPrefix", .string(route.addressPrefix)), ("nextHopType", .string(route.nextHopType)),
                ]
                if let ip = route.nextHopIpAddress { p.append(("nextHopIpAddress", .string(ip))) }
                let value = EmittedValue.object([("name", .string(route.name)), ("properties", .object(p))])
                let comments = suppressionComments(ResourcePath.child(table.name, .routes, route.name))
                return comments.isEmpty ? value : .commented(comments, value)
            }
            blocks.append(
                ResourceBlock(
                    symbol: routeTableSymbols[i], type: BicepExport.network("routeTables"),
                    comments: suppressionComments(table.name),
                    members: [
                        ("name", .string(table.name)), ("location", location(table.placement)),
                        (
                            "properties",
                            .object([
                                ("disableBgpRoutePropagation", .bool(table.disableBgpRoutePropagation)),
                                ("routes", .array(routes)),
                            ])
                        ),
                    ]))
        }
    }

    mutating func emitPublicIPAddresses() {
        for (i, pip) in design.publicIPAddresses.enumerated() {
            blocks.append(
                ResourceBlock(
                    symbol: publicIPSymbols[i], type: BicepExport.network("publicIPAddresses"),
                    comments: suppressionComments(pip.name),
                    members: [
                        ("name", .string(pip.name)), ("location", location(pip.placement)),
                        ("sku", .object([("name", .string(pip.sku))])),
                        ("properties", .object([("publicIPAllocationMethod", .string(pip.publicIPAllocationMethod))])),
                    ]))
        }
    }

    mutating func emitVirtualNetworks() {
        for (v, vnet) in design.virtualNetworks.enumerated() {
            var nested: [ResourceBlock] = []
            for (s, subnet) in vnet.subnets.enumerated() {
                guard let symbol = subnetSymbols[SubnetSlot(vnet: v, subnet: s)] else { continue }
                // An existing VNet's subnets are only these declarations, so their suppressions go here.
                let comments =
                    vnet.isExisting ? suppressionComments(ResourcePath.child(vnet.name, .subnets, subnet.name)) : []
                nested.append(
                    ResourceBlock(
                        symbol: symbol, type: "subnets", isExisting: true, comments: comments,
                        members: [("name", .string(subnet.name))]))
            }
            if vnet.isExisting {
                var members: [(String, EmittedValue)] = [("name", .string(vnet.name))]
                if let scope = scopeExpression(vnet.placement) { members.append(("scope", .expression(scope))) }
                blocks.append(
                    ResourceBlock(
                        symbol: vnetSymbols[v], type: BicepExport.network("virtualNetworks"), isExisting: true,
                        comments: suppressionComments(vnet.name), members: members, nested: nested))
                continue
            }
            var properties: [(String, EmittedValue)] = [
                ("addressSpace", .object([("addressPrefixes", .strings(vnet.addressPrefixes))]))
            ]
            if !vnet.dnsServers.isEmpty {
                properties.append(("dhcpOptions", .object([("dnsServers", .strings(vnet.dnsServers))])))
            }
            properties.append(
                (
                    "subnets",
                    .array(
                        vnet.subnets.map { subnet in
                            let comments = suppressionComments(ResourcePath.child(vnet.name, .subnets, subnet.name))
                            let value = subnetValue(subnet)
                            return comments.isEmpty ? value : .commented(comments, value)
                        })
                ))
            blocks.append(
                ResourceBlock(
                    symbol: vnetSymbols[v], type: BicepExport.network("virtualNetworks"),
                    comments: suppressionComments(vnet.name),
                    members: [
                        ("name", .string(vnet.name)), ("location", location(vnet.placement)),
                        ("properties", .object(properties)),
                    ], nested: nested))
        }
    }

    /// `resourceGroup('sub', 'rg')` for an `existing` VNet that lives elsewhere.
    func scopeExpression(_ placement: Placement) -> String? {
        switch (placement.subscriptionId, placement.resourceGroup) {
        case (let sub?, let rg?): return "resourceGroup(\(EmittedValue.quoted(sub)), \(EmittedValue.quoted(rg)))"
        case (nil, let rg?): return "resourceGroup(\(EmittedValue.quoted(rg)))"
        default: return nil
        }
    }

    func subnetValue(_ subnet: Subnet) -> EmittedValue {
        var p: [(String, EmittedValue)] = []
        if subnet.addressPrefixes.count == 1 {
            p.append(("addressPrefix", .string(subnet.addressPrefixes[0])))
        } else {
            p.append(("addressPrefixes", .strings(subnet.addressPrefixes)))
        }
        if let nsg = subnet.networkSecurityGroup { p.append(("networkSecurityGroup", nsgReference(nsg))) }
        if let rt = subnet.routeTable {
            p.append(
                (
                    "routeTable",
                    reference(
                        rt, lookup: index.routeTable, symbols: routeTableSymbols, type: "Microsoft.Network/routeTables")
                ))
        }
        if !subnet.serviceEndpoints.isEmpty {
            p.append(("serviceEndpoints", .array(subnet.serviceEndpoints.map { .object([("service", .string($0))]) })))
        }
        if !subnet.delegations.isEmpty {
            p.append(
                (
                    "delegations",
                    .array(
                        subnet.delegations.map {
                            .object([
                                ("name", .string(String($0.map { $0 == "/" ? "." : $0 }))),
                                ("properties", .object([("serviceName", .string($0))])),
                            ])
                        })
                ))
        }
        return .object([("name", .string(subnet.name)), ("properties", .object(p))])
    }

    /// Both halves of every peering as child resources. A half that uses the remote gateway
    /// waits for that gateway and for the remote half that offers transit (PEER-020): ARM
    /// checks for both when it creates the peering, and nothing else orders them.
    mutating func emitPeerings() {
        for (v, vnet) in design.virtualNetworks.enumerated() {
            for (p, peering) in vnet.virtualNetworkPeerings.enumerated() {
                var properties: [(String, EmittedValue)] = [
                    ("allowVirtualNetworkAccess", .bool(peering.allowVirtualNetworkAccess)),
                    ("allowForwardedTraffic", .bool(peering.allowForwardedTraffic)),
                    ("allowGatewayTransit", .bool(peering.allowGatewayTransit)),
                    ("useRemoteGateways", .bool(peering.useRemoteGateways)),
                ]
                if peering.doNotVerifyRemoteGateways { properties.append(("doNotVerifyRemoteGateways", .bool(true))) }
                let remote: EmittedValue
                var dependsOn: [String] = []
                if let r = index.virtualNetwork(peering.remoteVirtualNetwork) {
                    remote = .reference("\(vnetSymbols[r]).id")
                    if peering.useRemoteGateways {
                        dependsOn += gatewayDependencies(ofVNet: r)
                        for (q, half) in design.virtualNetworks[r].virtualNetworkPeerings.enumerated()
                        where half.allowGatewayTransit && index.virtualNetwork(half.remoteVirtualNetwork) == v {
                            dependsOn.append(peeringSymbols[r][q])
                        }
                    }
                } else {
                    remote = .object([
                        ("id", idExpression(peering.remoteVirtualNetwork, type: "Microsoft.Network/virtualNetworks"))
                    ])
                }
                properties.append(("remoteVirtualNetwork", remote))
                var members: [(String, EmittedValue)] = [
                    ("parent", .expression(vnetSymbols[v])), ("name", .string(peering.name)),
                    ("properties", .object(properties)),
                ]
                if !dependsOn.isEmpty { members.append(("dependsOn", .array(dependsOn.map { .expression($0) }))) }
                blocks.append(
                    ResourceBlock(
                        symbol: peeringSymbols[v][p],
                        type: BicepExport.network("virtualNetworks/virtualNetworkPeerings"),
                        comments: suppressionComments(
                            ResourcePath.child(vnet.name, .virtualNetworkPeerings, peering.name)),
                        members: members))
            }
        }
    }

    /// Gateways and Route Servers in the VNet, which a `useRemoteGateways` peering needs first.
    func gatewayDependencies(ofVNet v: Int) -> [String] {
        var out: [String] = []
        for (g, gateway) in design.virtualNetworkGateways.enumerated() where index.subnet(gateway.subnet)?.vnet == v {
            out.append(gatewaySymbols[g])
        }
        for (r, server) in design.routeServers.enumerated() where index.subnet(server.subnet)?.vnet == v {
            out.append(routeServerIPConfigSymbols[r])
        }
        return out
    }
}
