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
            // references to it stay resource ids (see `registerPaths`).
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
        // A child declared inside a carried-through parent travels in the parent's text.
        if passthroughSources.contains(where: {
            $0.resource.file == resource.file && $0.resource.range.start.offset <= resource.range.start.offset
                && resource.range.end.offset <= $0.resource.range.end.offset
        }) {
            return
        }
        let typeString = resource.apiVersion.map { "\(resource.type)@\($0)" } ?? resource.type
        passthroughSources.append((design.passthrough.count, resource))
        design.passthrough.append(
            PassthroughResource(
                type: typeString, symbolicName: resource.declaration.name, sourceText: resource.sourceText,
                file: resource.file, line: resource.range.start.line))
    }

    /// Joins child resources to their parents, in declaration order after inline children. A
    /// child with the name of an inline one replaces it. Lookups go through dictionaries: a hub
    /// may have a thousand peerings.
    mutating func attachChildren() {
        func indexMap(_ names: [String]) -> [String: Int] {
            var out: [String: Int] = [:]
            for (i, n) in names.enumerated() where out[n.asciiLowercased] == nil { out[n.asciiLowercased] = i }
            return out
        }
        let vnets = indexMap(design.virtualNetworks.map(\.name))
        var subnetIndex: [Int: [String: Int]] = [:]
        for (parent, subnet, isExisting, source) in pendingSubnets {
            guard let v = vnets[parent.asciiLowercased] else {
                orphan(source)
                continue
            }
            if subnetIndex[v] == nil { subnetIndex[v] = indexMap(design.virtualNetworks[v].subnets.map(\.name)) }
            let key = subnet.name.asciiLowercased
            if let s = subnetIndex[v]?[key] {
                if !isExisting { design.virtualNetworks[v].subnets[s] = subnet }
            } else if !isExisting || design.virtualNetworks[v].isExisting {
                subnetIndex[v]?[key] = design.virtualNetworks[v].subnets.count
                design.virtualNetworks[v].subnets.append(subnet)
            }
        }
        var peeringIndex: [Int: [String: Int]] = [:]
        for (parent, peering, source) in pendingPeerings {
            guard let v = vnets[parent.asciiLowercased] else {
                orphan(source)
                continue
            }
            if peeringIndex[v] == nil {
                peeringIndex[v] = indexMap(design.virtualNetworks[v].virtualNetworkPeerings.map(\.name))
            }
            let key = peering.name.asciiLowercased
            if let p = peeringIndex[v]?[key] {
                design.virtualNetworks[v].virtualNetworkPeerings[p] = peering
            } else {
                peeringIndex[v]?[key] = design.virtualNetworks[v].virtualNetworkPeerings.count
                design.virtualNetworks[v].virtualNetworkPeerings.append(peering)
            }
        }
        let nsgs = indexMap(design.networkSecurityGroups.map(\.name))
        var ruleIndex: [Int: [String: Int]] = [:]
        for (parent, rule, source) in pendingRules {
            guard let n = nsgs[parent.asciiLowercased] else {
                orphan(source)
                continue
            }
            if ruleIndex[n] == nil {
                ruleIndex[n] = indexMap(design.networkSecurityGroups[n].securityRules.map(\.name))
            }
            let key = rule.name.asciiLowercased
            if let r = ruleIndex[n]?[key] {
                design.networkSecurityGroups[n].securityRules[r] = rule
            } else {
                ruleIndex[n]?[key] = design.networkSecurityGroups[n].securityRules.count
                design.networkSecurityGroups[n].securityRules.append(rule)
            }
        }
        let tables = indexMap(design.routeTables.map(\.name))
        var routeIndex: [Int: [String: Int]] = [:]
        for (parent, route, source) in pendingRoutes {
            guard let t = tables[parent.asciiLowercased] else {
                orphan(source)
                continue
            }
            if routeIndex[t] == nil { routeIndex[t] = indexMap(design.routeTables[t].routes.map(\.name)) }
            let key = route.name.asciiLowercased
            if let r = routeIndex[t]?[key] {
                design.routeTables[t].routes[r] = route
            } else {
                routeIndex[t]?[key] = design.routeTables[t].routes.count
                design.routeTables[t].routes.append(route)
            }
        }
        let policies = indexMap(design.firewallPolicies.map(\.name))
        for (parent, group, source) in pendingGroups {
            guard let p = policies[parent.asciiLowercased] else {
                orphan(source)
                continue
            }
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

    /// A child whose parent is not in the design (a parent from a registry module, a name not
    /// known offline) is carried through rather than dropped. An `existing` one declares nothing.
    mutating func orphan(_ resource: EvaluatedResource) {
        if !resource.isExisting { passthrough(resource) }
    }

    /// Rewrites identifier references in carried-through declarations (see
    /// `PassthroughReferences`), per module instance: a module's symbols are its own.
    mutating func pointPassthroughAtExport() {
        guard !passthroughSources.isEmpty else { return }
        let exported = BicepExport.topLevelSymbols(of: design)
        var byModule: [String: [String: String]] = [:]
        for resource in template.resources where resource.loopIndex == nil && resource.parent == nil {
            guard let path = pathByReference[resource.reference],
                let symbol = exported[(resource.type + "|" + path).asciiLowercased]
            else { continue }
            byModule[resource.reference.modulePath, default: [:]][resource.symbolicName] = symbol
        }
        var rootValues: [String: String] = [:]
        for parameter in template.parameters {
            if let text = PassthroughReferences.literal(parameter.value) { rootValues[parameter.name] = text }
        }
        for variable in template.variables {
            if let text = PassthroughReferences.literal(variable.value) { rootValues[variable.name] = text }
        }
        if case .deploymentLocation? = template.parameter(named: "location")?.value { rootValues["location"] = nil }
        for (index, resource) in passthroughSources {
            var replacements = resource.reference.modulePath.isEmpty ? rootValues : [:]
            for (name, symbol) in byModule[resource.reference.modulePath] ?? [:] { replacements[name] = symbol }
            // Other carried-through declarations keep their own names.
            for (_, other) in passthroughSources where other.reference.modulePath == resource.reference.modulePath {
                replacements[other.declaration.name] = nil
            }
            design.passthrough[index].sourceText = PassthroughReferences(replacements: replacements).rewrite(
                resource.declaration, sourceText: design.passthrough[index].sourceText)
        }
    }
}
