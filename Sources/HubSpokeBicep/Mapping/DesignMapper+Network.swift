import HubSpokeCore

/// Virtual networks, subnets (inline or child), peerings (inline, child or `'vnet/peering'`
/// names), NSGs and rules, route tables and routes, public IPs.
extension DesignMapper {
    mutating func mapVirtualNetwork(_ r: EvaluatedResource, path: String) {
        var vnet = VirtualNetwork(name: path, placement: placement(r, path: path), isExisting: r.isExisting)
        if !r.isExisting {
            vnet.addressPrefixes =
                strings(r, "properties.addressSpace.addressPrefixes", path: path, field: "addressPrefixes") ?? []
            vnet.dnsServers = strings(r, "properties.dhcpOptions.dnsServers", path: path, field: "dnsServers") ?? []
            if let items = r["properties.subnets"]?.arrayValue {
                for i in items.indices {
                    let base = BicepPropertyPath([.key("properties"), .key("subnets"), .index(i)])
                    let name =
                        string(r, base.appending(.key("name")), path: path, field: "subnets") ?? "subnet-\(i)"
                    let subnetPath = ResourcePath.child(path, .subnets, name)
                    sourceMap.record(Self.location(r.location(of: base)), resource: subnetPath)
                    readSuppressions(inlineComments(r, arrayKey: "subnets", index: i), path: subnetPath)
                    vnet.subnets.append(
                        subnet(r, base.appending(.key("properties")), name: name, path: subnetPath))
                }
            } else if let value = r["properties.subnets"], !value.isNull {
                recordUnknown(r, "properties.subnets", path: path, field: "subnets", text: Self.sourceText(value))
            }
            if let items = r["properties.virtualNetworkPeerings"]?.arrayValue {
                for i in items.indices {
                    let base = BicepPropertyPath([.key("properties"), .key("virtualNetworkPeerings"), .index(i)])
                    let name =
                        string(r, base.appending(.key("name")), path: path, field: "virtualNetworkPeerings")
                        ?? "peering-\(i)"
                    let peeringPath = ResourcePath.child(path, .virtualNetworkPeerings, name)
                    sourceMap.record(Self.location(r.location(of: base)), resource: peeringPath)
                    readSuppressions(
                        inlineComments(r, arrayKey: "virtualNetworkPeerings", index: i), path: peeringPath)
                    vnet.virtualNetworkPeerings.append(
                        peering(r, base.appending(.key("properties")), name: name, path: peeringPath))
                }
            }
            recordUnmodelled(
                r, path: path, understood: ["location"],
                understoodProperties: ["addressspace", "dhcpoptions", "subnets", "virtualnetworkpeerings"])
        }
        design.virtualNetworks.append(vnet)
    }

    mutating func mapSubnetResource(_ r: EvaluatedResource, path: String) {
        guard let parsed = ResourcePath(parsing: path), let name = parsed.childName else { return }
        let subnet =
            r.isExisting ? Subnet(name: name) : subnet(r, "properties", name: name, path: path)
        pendingSubnets.append((parsed.name, subnet, r.isExisting, r))
    }

    /// The properties of a subnet at `base` (inline item or child resource body).
    mutating func subnet(_ r: EvaluatedResource, _ base: BicepPropertyPath, name: String, path: String) -> Subnet {
        var subnet = Subnet(name: name)
        let single = string(r, base.appending(.key("addressPrefix")), path: path, field: "addressPrefixes")
        let plural = strings(r, base.appending(.key("addressPrefixes")), path: path, field: "addressPrefixes")
        subnet.addressPrefixes = (single.map { [$0] } ?? []) + (plural ?? [])
        subnet.networkSecurityGroup = reference(
            r, base.appending(.key("networkSecurityGroup")), path: path, field: "networkSecurityGroup")
        subnet.routeTable = reference(r, base.appending(.key("routeTable")), path: path, field: "routeTable")
        if let items = r[base.appending(.key("delegations"))]?.arrayValue {
            for i in items.indices {
                let p = base.appending(.key("delegations")).appending(.index(i)).appending(.key("properties"))
                    .appending(.key("serviceName"))
                if let service = string(r, p, path: path, field: "delegations") { subnet.delegations.append(service) }
            }
        }
        if let items = r[base.appending(.key("serviceEndpoints"))]?.arrayValue {
            for i in items.indices {
                let p = base.appending(.key("serviceEndpoints")).appending(.index(i)).appending(.key("service"))
                if let service = string(r, p, path: path, field: "serviceEndpoints") {
                    subnet.serviceEndpoints.append(service)
                }
            }
        }
        noteUnmodelledKeys(
            r, base, path: path,
            understood: [
                "addressprefix", "addressprefixes", "networksecuritygroup", "routetable", "delegations",
                "serviceendpoints",
            ])
        return subnet
    }

    /// Lists keys of the object at `base` that the model has no field for.
    mutating func noteUnmodelledKeys(
        _ r: EvaluatedResource, _ base: BicepPropertyPath, path: String, understood: [String]
    ) {
        guard let object = r[base]?.objectValue else { return }
        for entry in object.entries where !Self.isUnderstood(entry.key, understood) {
            noteUnmodelled(r, base.appending(.key(entry.key)), path: path, value: entry.value)
        }
    }

    mutating func mapPeeringResource(_ r: EvaluatedResource, path: String) {
        guard let parsed = ResourcePath(parsing: path), let name = parsed.childName else { return }
        pendingPeerings.append((parsed.name, peering(r, "properties", name: name, path: path), r))
    }

    mutating func peering(_ r: EvaluatedResource, _ base: BicepPropertyPath, name: String, path: String)
        -> VirtualNetworkPeering
    {
        func flag(_ key: String, _ fallback: Bool) -> Bool {
            bool(r, base.appending(.key(key)), path: path, field: key) ?? fallback
        }
        let remote =
            reference(
                r, base.appending(.key("remoteVirtualNetwork")), path: path, field: "remoteVirtualNetwork",
                placeholder: nil)
        var peering = VirtualNetworkPeering(
            name: name,
            remoteVirtualNetwork: remote
                ?? "/unknown/" + Self.sourceText(r[base.appending(.key("remoteVirtualNetwork"))] ?? .null))
        peering.allowVirtualNetworkAccess = flag("allowVirtualNetworkAccess", true)
        peering.allowForwardedTraffic = flag("allowForwardedTraffic", false)
        peering.allowGatewayTransit = flag("allowGatewayTransit", false)
        peering.useRemoteGateways = flag("useRemoteGateways", false)
        peering.doNotVerifyRemoteGateways = flag("doNotVerifyRemoteGateways", false)
        noteUnmodelledKeys(
            r, base, path: path,
            understood: [
                "allowvirtualnetworkaccess", "allowforwardedtraffic", "allowgatewaytransit", "useremotegateways",
                "donotverifyremotegateways", "remotevirtualnetwork",
            ])
        return peering
    }

    mutating func mapSecurityGroup(_ r: EvaluatedResource, path: String) {
        var nsg = NetworkSecurityGroup(name: path, placement: placement(r, path: path))
        if let items = r["properties.securityRules"]?.arrayValue {
            for i in items.indices {
                let base = BicepPropertyPath([.key("properties"), .key("securityRules"), .index(i)])
                let name = string(r, base.appending(.key("name")), path: path, field: "securityRules") ?? "rule-\(i)"
                let rulePath = ResourcePath.child(path, .securityRules, name)
                sourceMap.record(Self.location(r.location(of: base)), resource: rulePath)
                readSuppressions(inlineComments(r, arrayKey: "securityRules", index: i), path: rulePath)
                nsg.securityRules.append(
                    securityRule(r, base.appending(.key("properties")), name: name, path: rulePath))
            }
        }
        recordUnmodelled(r, path: path, understood: ["location"], understoodProperties: ["securityrules"])
        design.networkSecurityGroups.append(nsg)
    }

    mutating func mapSecurityRuleResource(_ r: EvaluatedResource, path: String) {
        guard let parsed = ResourcePath(parsing: path), let name = parsed.childName else { return }
        pendingRules.append((parsed.name, securityRule(r, "properties", name: name, path: path), r))
    }

    mutating func securityRule(_ r: EvaluatedResource, _ base: BicepPropertyPath, name: String, path: String)
        -> SecurityRule
    {
        func text(_ key: String) -> String? { string(r, base.appending(.key(key)), path: path, field: key) }
        func list(_ key: String) -> [String]? { strings(r, base.appending(.key(key)), path: path, field: key) }
        var rule = SecurityRule(
            name: name, priority: int(r, base.appending(.key("priority")), path: path, field: "priority") ?? 0,
            direction: text("direction") ?? "", access: text("access") ?? "", protocol: text("protocol") ?? "")
        rule.sourceAddressPrefix = text("sourceAddressPrefix")
        rule.sourceAddressPrefixes = list("sourceAddressPrefixes")
        rule.sourceApplicationSecurityGroups = references(
            r, base.appending(.key("sourceApplicationSecurityGroups")), path: path,
            field: "sourceApplicationSecurityGroups")
        rule.sourcePortRange = text("sourcePortRange")
        rule.sourcePortRanges = list("sourcePortRanges")
        rule.destinationAddressPrefix = text("destinationAddressPrefix")
        rule.destinationAddressPrefixes = list("destinationAddressPrefixes")
        rule.destinationApplicationSecurityGroups = references(
            r, base.appending(.key("destinationApplicationSecurityGroups")), path: path,
            field: "destinationApplicationSecurityGroups")
        rule.destinationPortRange = text("destinationPortRange")
        rule.destinationPortRanges = list("destinationPortRanges")
        rule.description = text("description")
        noteUnmodelledKeys(
            r, base, path: path,
            understood: [
                "priority", "direction", "access", "protocol", "sourceaddressprefix", "sourceaddressprefixes",
                "sourceapplicationsecuritygroups", "sourceportrange", "sourceportranges", "destinationaddressprefix",
                "destinationaddressprefixes", "destinationapplicationsecuritygroups", "destinationportrange",
                "destinationportranges", "description",
            ])
        return rule
    }

    mutating func mapRouteTable(_ r: EvaluatedResource, path: String) {
        var table = RouteTable(name: path, placement: placement(r, path: path))
        table.disableBgpRoutePropagation =
            bool(r, "properties.disableBgpRoutePropagation", path: path, field: "disableBgpRoutePropagation") ?? false
        if let items = r["properties.routes"]?.arrayValue {
            for i in items.indices {
                let base = BicepPropertyPath([.key("properties"), .key("routes"), .index(i)])
                let name = string(r, base.appending(.key("name")), path: path, field: "routes") ?? "route-\(i)"
                let routePath = ResourcePath.child(path, .routes, name)
                sourceMap.record(Self.location(r.location(of: base)), resource: routePath)
                readSuppressions(inlineComments(r, arrayKey: "routes", index: i), path: routePath)
                table.routes.append(route(r, base.appending(.key("properties")), name: name, path: routePath))
            }
        }
        recordUnmodelled(
            r, path: path, understood: ["location"], understoodProperties: ["disablebgproutepropagation", "routes"])
        design.routeTables.append(table)
    }

    mutating func mapRouteResource(_ r: EvaluatedResource, path: String) {
        guard let parsed = ResourcePath(parsing: path), let name = parsed.childName else { return }
        pendingRoutes.append((parsed.name, route(r, "properties", name: name, path: path), r))
    }

    mutating func route(_ r: EvaluatedResource, _ base: BicepPropertyPath, name: String, path: String) -> Route {
        let route = Route(
            name: name,
            addressPrefix: string(r, base.appending(.key("addressPrefix")), path: path, field: "addressPrefix") ?? "",
            nextHopType: string(r, base.appending(.key("nextHopType")), path: path, field: "nextHopType") ?? "",
            nextHopIpAddress: string(
                r, base.appending(.key("nextHopIpAddress")), path: path, field: "nextHopIpAddress"))
        noteUnmodelledKeys(
            r, base, path: path, understood: ["addressprefix", "nexthoptype", "nexthopipaddress"])
        return route
    }

    mutating func mapPublicIP(_ r: EvaluatedResource, path: String) {
        // Without a SKU Azure creates a Basic, dynamically allocated address.
        let pip = PublicIPAddress(
            name: path, placement: placement(r, path: path),
            sku: string(r, "sku.name", path: path, field: "sku") ?? "Basic",
            publicIPAllocationMethod: string(
                r, "properties.publicIPAllocationMethod", path: path, field: "publicIPAllocationMethod") ?? "Dynamic")
        noteUnmodelledKeys(r, "sku", path: path, understood: ["name"])
        recordUnmodelled(
            r, path: path, understood: ["location", "sku"], understoodProperties: ["publicipallocationmethod"])
        design.publicIPAddresses.append(pip)
    }
}
