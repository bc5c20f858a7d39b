import HubSpokeCore

/// Dispatch by resource type, and the child resources (subnets, peerings, rules, routes, rule
/// collection groups, Route Server IP configurations) that join their parents at the end,
/// whatever order they were declared in.
extension DesignMapper {
    mutating func mapResource(_ resource: EvaluatedResource) {
        let type = resource.type.asciiLowercased
        if type == "microsoft.network/virtualhubs/ipconfigurations" {
            let names = names(of: resource)
            if names.count >= 2,
                let subnet = reference(
                    resource, "properties.subnet", path: names[0], field: "subnet", placeholder: nil)
            {
                routeServerSubnets[names[0].asciiLowercased] = subnet
            }
            return
        }
        guard let path = designPath(of: resource) else {
            passthrough(resource)
            return
        }
        if resource.localName.stringValue == nil && resource.id.name?.stringValue == nil {
            recordUnknown(resource, "name", path: path, field: "name", text: Self.sourceText(resource.localName))
        }
        if resource.isConditional {
            recordUnknown(
                resource, "name", path: path, field: "condition", text: resource.conditionText ?? "condition")
        }
        if resource.isExisting && !type.hasPrefix("microsoft.network/virtualnetworks") {
            // An `existing` resource of another kind is not part of what this file deploys:
            // references to it stay resource ids.
            pathByReference[resource.reference] = nil
            return
        }
        // An `existing` subnet declared to refer to an inline one keeps the inline location.
        if !(resource.isExisting && sourceMap.location(resource: path) != nil) {
            recordLocation(resource, path: path)
        }
        readSuppressions(resource.leadingComments, path: path)
        switch type {
        case "microsoft.network/virtualnetworks": mapVirtualNetwork(resource, path: path)
        case "microsoft.network/virtualnetworks/subnets": mapSubnetResource(resource, path: path)
        case "microsoft.network/virtualnetworks/virtualnetworkpeerings": mapPeeringResource(resource, path: path)
        case "microsoft.network/networksecuritygroups": mapSecurityGroup(resource, path: path)
        case "microsoft.network/networksecuritygroups/securityrules": mapSecurityRuleResource(resource, path: path)
        case "microsoft.network/applicationsecuritygroups":
            design.applicationSecurityGroups.append(
                ApplicationSecurityGroup(name: path, placement: placement(resource, path: path)))
            recordUnmodelled(resource, path: path, understood: ["location"], understoodProperties: [])
        case "microsoft.network/routetables": mapRouteTable(resource, path: path)
        case "microsoft.network/routetables/routes": mapRouteResource(resource, path: path)
        case "microsoft.network/publicipaddresses": mapPublicIP(resource, path: path)
        case "microsoft.network/networkinterfaces": mapNetworkInterface(resource, path: path)
        case "microsoft.compute/virtualmachines": mapVirtualMachine(resource, path: path)
        case "microsoft.network/virtualnetworkgateways": mapGateway(resource, path: path)
        case "microsoft.network/localnetworkgateways": mapLocalGateway(resource, path: path)
        case "microsoft.network/connections": mapConnection(resource, path: path)
        case "microsoft.network/azurefirewalls": mapFirewall(resource, path: path)
        case "microsoft.network/firewallpolicies": mapFirewallPolicy(resource, path: path)
        case "microsoft.network/firewallpolicies/rulecollectiongroups": mapRuleCollectionGroup(resource, path: path)
        case "microsoft.network/bastionhosts": mapBastion(resource, path: path)
        case "microsoft.network/virtualhubs": mapVirtualHub(resource, path: path)
        case "microsoft.network/loadbalancers": mapLoadBalancer(resource, path: path)
        default: passthrough(resource)
        }
    }

    /// A declaration the model does not hold, carried verbatim once (not once per loop iteration).
    mutating func passthrough(_ resource: EvaluatedResource) {
        let key = "\(resource.file)|\(resource.range.start.offset)"
        guard passthroughSeen.insert(key).inserted else { return }
        let typeString = resource.apiVersion.map { "\(resource.type)@\($0)" } ?? resource.type
        design.passthrough.append(
            PassthroughResource(
                type: typeString, symbolicName: resource.declaration.name, sourceText: resource.sourceText,
                file: resource.file, line: resource.range.start.line))
    }

    /// Joins child resources to their parents, in declaration order after inline children.
    mutating func attachChildren() {
        func indexMap(_ names: [String]) -> [String: Int] {
            var out: [String: Int] = [:]
            for (i, n) in names.enumerated() where out[n.asciiLowercased] == nil { out[n.asciiLowercased] = i }
            return out
        }
        let vnets = indexMap(design.virtualNetworks.map(\.name))
        for (parent, subnet, isExisting) in pendingSubnets {
            guard let v = vnets[parent.asciiLowercased] else { continue }
            if let s = design.virtualNetworks[v].subnets.firstIndex(where: { $0.name.equalsIgnoringCase(subnet.name) })
            {
                if !isExisting { design.virtualNetworks[v].subnets[s] = subnet }
            } else if !isExisting || design.virtualNetworks[v].isExisting {
                design.virtualNetworks[v].subnets.append(subnet)
            }
        }
        for (parent, peering) in pendingPeerings {
            guard let v = vnets[parent.asciiLowercased] else { continue }
            if let p = design.virtualNetworks[v].virtualNetworkPeerings.firstIndex(where: {
                $0.name.equalsIgnoringCase(peering.name)
            }) {
                design.virtualNetworks[v].virtualNetworkPeerings[p] = peering
            } else {
                design.virtualNetworks[v].virtualNetworkPeerings.append(peering)
            }
        }
        let nsgs = indexMap(design.networkSecurityGroups.map(\.name))
        for (parent, rule) in pendingRules {
            guard let n = nsgs[parent.asciiLowercased] else { continue }
            design.networkSecurityGroups[n].securityRules.removeAll { $0.name.equalsIgnoringCase(rule.name) }
            design.networkSecurityGroups[n].securityRules.append(rule)
        }
        let tables = indexMap(design.routeTables.map(\.name))
        for (parent, route) in pendingRoutes {
            guard let t = tables[parent.asciiLowercased] else { continue }
            design.routeTables[t].routes.removeAll { $0.name.equalsIgnoringCase(route.name) }
            design.routeTables[t].routes.append(route)
        }
        let policies = indexMap(design.firewallPolicies.map(\.name))
        for (parent, group) in pendingGroups {
            guard let p = policies[parent.asciiLowercased] else { continue }
            design.firewallPolicies[p].ruleCollectionGroups.append(group)
        }
        // A virtual hub with an IP configuration in a subnet is a Route Server.
        for hub in pendingHubs {
            if let subnet = routeServerSubnets[hub.path.asciiLowercased] {
                design.routeServers.append(RouteServer(name: hub.path, placement: hub.placement, subnet: subnet))
            } else {
                passthrough(hub.resource)
            }
        }
    }
}
