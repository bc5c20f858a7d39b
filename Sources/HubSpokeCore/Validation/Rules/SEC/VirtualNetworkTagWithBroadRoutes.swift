/// The `VirtualNetwork` service tag is not just the VNet: it also holds the address prefixes of
/// the user-defined routes on the subnet (and, per the docs, possibly default routes). A subnet
/// whose route table sends other spokes, on-premises ranges or 0.0.0.0/0 somewhere therefore
/// widens every VirtualNetwork-sourced Allow of its NSG, including the default
/// AllowVnetInBound (65000), to those ranges; with 0.0.0.0/0 it admits any source.
///
/// "Broad" prefixes are UDR prefixes outside the VNet's own space and the spaces of its
/// directly peered VNets (which are in the tag anyway). The finding is not raised for an Allow
/// that a custom inbound Deny evaluated before it already covers for those prefixes, e.g. a
/// deny-all at 4000 below the intended allows, which is what a hub-and-spoke design should have.
struct VirtualNetworkTagWithBroadRoutes: Rule {
    static let id = "SEC-006"
    static let severity: Severity = .warning
    static let title = "VirtualNetwork-sourced Allow admits UDR prefixes far beyond the VNet"
    static let help =
        "The VirtualNetwork tag includes the prefixes of UDRs on the subnet. With broad UDR prefixes (on-premises "
        + "ranges, other spokes, 0.0.0.0/0) an Allow from VirtualNetwork, including the default AllowVnetInBound, "
        + "admits them too. Add an inbound Deny that covers them below the intended allows."
    static let source = "https://learn.microsoft.com/azure/virtual-network/service-tags-overview#available-service-tags"

    init() {}

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        let design = context.design
        let index = context.index
        guard !index.subnetsByRouteTable.isEmpty, !index.subnetsByNSG.isEmpty else { return }
        let associations = SubnetAssociations(index)
        var prefixesOfTable: [Int: [AddressPrefix]] = [:]
        var openAllows: [Int: [[AddressPrefix]: [String]]] = [:]
        for (v, vnet) in design.virtualNetworks.enumerated() where !vnet.isExisting {
            var inTag: AddressSet?
            // Subnets of one VNet usually share their NSG and route table: decide each pair once.
            var last: (nsg: Int, table: Int, outcome: Outcome?)?
            for s in vnet.subnets.indices {
                guard let n = associations.securityGroup(vnet: v, subnet: s),
                    let r = associations.routeTable(vnet: v, subnet: s)
                else { continue }
                let outcome: Outcome?
                if let last, last.nsg == n, last.table == r {
                    outcome = last.outcome
                } else {
                    outcome = self.outcome(
                        vnet: v, nsg: n, routeTable: r, inTag: &inTag, prefixesOfTable: &prefixesOfTable,
                        openAllows: &openAllows, context: context)
                    last = (n, r, outcome)
                }
                guard let outcome else { continue }
                let subnetPath = ResourcePath.child(vnet.name, .subnets, vnet.subnets[s].name)
                let tableName = design.routeTables[r].name
                let nsgName = design.networkSecurityGroups[n].name
                let prefixes = outcome.broad.map(\.description).joined(separator: ", ")
                let anySource = outcome.broad.contains { $0.length == 0 } ? " (0.0.0.0/0: any source at all)" : ""
                findings.append(
                    finding(
                        "\(subnetPath) uses route table \(tableName) with UDR prefixes \(prefixes) outside the VNet "
                            + "and its peers: they join the VirtualNetwork tag there, so "
                            + "\(outcome.open.joined(separator: ", ")) of \(nsgName) also admit traffic from "
                            + "them\(anySource). Add an inbound Deny for those prefixes (or a deny-all such as "
                            + "priority 4000) below the intended allows.",
                        resources: [subnetPath, tableName, nsgName], field: "routeTable"))
            }
        }
    }

    /// The broad UDR prefixes of one subnet and the allows they widen.
    private struct Outcome {
        var broad: [AddressPrefix]
        var open: [String]
    }

    private func outcome(
        vnet v: Int, nsg n: Int, routeTable r: Int, inTag: inout AddressSet?,
        prefixesOfTable: inout [Int: [AddressPrefix]], openAllows: inout [Int: [[AddressPrefix]: [String]]],
        context: ValidationContext
    ) -> Outcome? {
        let routePrefixes: [AddressPrefix]
        if let known = prefixesOfTable[r] {
            routePrefixes = known
        } else {
            routePrefixes = VirtualNetworkTagWithBroadRoutes.prefixes(of: context.design.routeTables[r], context)
            prefixesOfTable[r] = routePrefixes
        }
        guard !routePrefixes.isEmpty else { return nil }
        let tag = inTag ?? VirtualNetworkTagWithBroadRoutes.tagPrefixes(v, context.index)
        inTag = tag
        let broad = routePrefixes.filter { !tag.contains($0) }
        guard !broad.isEmpty else { return nil }
        let open: [String]
        if let known = openAllows[n]?[broad] {
            open = known
        } else {
            open = VirtualNetworkTagWithBroadRoutes.uncoveredAllows(
                in: context.design.networkSecurityGroups[n], broad: broad, tag: .virtualNetwork, context: context)
            openAllows[n, default: [:]][broad] = open
        }
        return open.isEmpty ? nil : Outcome(broad: broad, open: open)
    }

    /// The valid, known CIDR prefixes of a route table's routes.
    private static func prefixes(of table: RouteTable, _ context: ValidationContext) -> [AddressPrefix] {
        table.routes.compactMap { route in
            if !context.unknowns.isEmpty,
                context.isUnknown(ResourcePath.child(table.name, .routes, route.name), "addressPrefix")
            {
                return nil
            }
            return AddressPrefix(route.addressPrefix)
        }
    }

    /// What the VirtualNetwork tag holds anyway: the VNet's space and its directly peered VNets'.
    private static func tagPrefixes(_ v: Int, _ index: DesignIndex) -> AddressSet {
        let vnet = index.design.virtualNetworks[v]
        var prefixes = index.vnetPrefixes[v]
        for (p, peering) in vnet.virtualNetworkPeerings.enumerated() where peering.allowVirtualNetworkAccess {
            if let remote = index.peeringRemotes[v][p].designIndex { prefixes += index.vnetPrefixes[remote] }
        }
        return AddressSet(prefixes)
    }

    /// Names (with priorities) of the inbound Allow rules with a VirtualNetwork source, the
    /// default AllowVnetInBound included, that no earlier custom Deny covers for `broad`.
    static func uncoveredAllows(
        in nsg: NetworkSecurityGroup, broad: [AddressPrefix], tag: ServiceTag, context: ValidationContext
    ) -> [String] {
        // Only Deny rules and VirtualNetwork-sourced Allows matter: parse nothing else.
        var custom: [SecurityRuleMatcher] = []
        func isTagText(_ text: String) -> Bool {
            text == tag.name || (text.utf8.count == tag.name.utf8.count && text.equalsIgnoringCase(tag.name))
        }
        for i in nsg.securityRules.indices where (100...4096).contains(nsg.securityRules[i].priority) {
            guard SecurityRuleDirection(nsg.securityRules[i].direction) == .inbound else { continue }
            let relevant =
                SecurityRuleAccess(nsg.securityRules[i].access) == .deny
                || nsg.securityRules[i].sourceAddressPrefix.map(isTagText) == true
                || nsg.securityRules[i].sourceAddressPrefixes?.contains(where: isTagText) == true
            guard relevant else { continue }
            let rule = nsg.securityRules[i]
            guard let matcher = SecurityRuleMatcher(rule) else { continue }
            if !context.unknowns.isEmpty,
                context.unknowns.hasUnknowns(resource: ResourcePath.child(nsg.name, .securityRules, rule.name))
            {
                continue
            }
            custom.append(matcher)
        }
        custom.sort { $0.priority < $1.priority }
        var open: [String] = []
        for allow in custom + VirtualNetworkTagWithBroadRoutes.defaultInboundAllows where allow.access == .allow {
            guard allow.sources.contains(where: { isTag($0, tag) }) else { continue }
            let probe = SecurityRuleMatcher(
                name: allow.name, priority: allow.priority, direction: .inbound, access: .allow,
                protocol: allow.protocol, sources: broad.map { .prefix($0) }, sourcePorts: allow.sourcePorts,
                destinations: allow.destinations, destinationPorts: allow.destinationPorts)
            let covered = custom.contains { deny in
                deny.access == .deny && deny.priority < allow.priority && deny.covers(probe)
            }
            if !covered { open.append("\(allow.name) (\(allow.priority))") }
        }
        return open
    }

    /// AllowVnetInBound and AllowAzureLoadBalancerInBound, parsed once.
    private static let defaultInboundAllows = SecurityRule.defaultRules.compactMap { SecurityRuleMatcher($0) }.filter {
        $0.direction == .inbound && $0.access == .allow
    }

    private static func isTag(_ element: SecurityRuleAddress, _ tag: ServiceTag) -> Bool {
        if case .serviceTag(let t) = element { return t.isSame(as: tag) }
        return false
    }
}
