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
        let vnetTag = ServiceTag.virtualNetwork
        var openAllowsByNSG: [Int: [String: [String]]] = [:]
        for (v, vnet) in design.virtualNetworks.enumerated() where !vnet.isExisting {
            var tagPrefixes = index.vnetPrefixes[v]
            for (p, peering) in vnet.virtualNetworkPeerings.enumerated() where peering.allowVirtualNetworkAccess {
                if let remote = index.peeringRemotes[v][p].designIndex { tagPrefixes += index.vnetPrefixes[remote] }
            }
            let inTag = AddressSet(tagPrefixes)
            for subnet in vnet.subnets {
                guard let nsgPath = subnet.networkSecurityGroup, let n = index.networkSecurityGroup(nsgPath),
                    let rtPath = subnet.routeTable, let r = index.routeTable(rtPath)
                else { continue }
                let table = design.routeTables[r]
                var broad: [AddressPrefix] = []
                for route in table.routes {
                    let routePath = ResourcePath.child(table.name, .routes, route.name)
                    guard !context.isUnknown(routePath, "addressPrefix"),
                        let prefix = AddressPrefix(route.addressPrefix),
                        !inTag.contains(prefix)
                    else { continue }
                    broad.append(prefix)
                }
                guard !broad.isEmpty else { continue }
                let nsg = design.networkSecurityGroups[n]
                let key = broad.map(\.description).joined(separator: ",")
                let open: [String]
                if let cached = openAllowsByNSG[n]?[key] {
                    open = cached
                } else {
                    open = VirtualNetworkTagWithBroadRoutes.uncoveredAllows(
                        in: nsg, broad: broad, tag: vnetTag, context: context)
                    openAllowsByNSG[n, default: [:]][key] = open
                }
                guard !open.isEmpty else { continue }
                let subnetPath = ResourcePath.child(vnet.name, .subnets, subnet.name)
                let prefixes = broad.map(\.description).joined(separator: ", ")
                let anySource =
                    broad.contains { $0.length == 0 } ? " (0.0.0.0/0: any source at all)" : ""
                findings.append(
                    finding(
                        "\(subnetPath) uses route table \(table.name) with UDR prefixes \(prefixes) outside the VNet "
                            + "and its peers: they join the VirtualNetwork tag there, so \(open.joined(separator: ", ")) "
                            + "of \(nsg.name) also admit traffic from them\(anySource). Add an inbound Deny for "
                            + "those prefixes (or a deny-all such as priority 4000) below the intended allows.",
                        resources: [subnetPath, table.name, nsg.name], field: "routeTable"))
            }
        }
    }

    /// Names (with priorities) of the inbound Allow rules with a VirtualNetwork source, the
    /// default AllowVnetInBound included, that no earlier custom Deny covers for `broad`.
    static func uncoveredAllows(
        in nsg: NetworkSecurityGroup, broad: [AddressPrefix], tag: ServiceTag, context: ValidationContext
    ) -> [String] {
        let custom = context.deployableSecurityRules(of: nsg, direction: .inbound).map(\.matcher)
        let defaults = SecurityRule.defaultRules.compactMap { SecurityRuleMatcher($0) }.filter {
            $0.direction == .inbound && $0.access == .allow
        }
        var open: [String] = []
        for allow in custom + defaults where allow.access == .allow {
            guard allow.sources.contains(where: { isTag($0, tag) }) else {
                continue
            }
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

    private static func isTag(_ element: SecurityRuleAddress, _ tag: ServiceTag) -> Bool {
        if case .serviceTag(let t) = element { return t.isSame(as: tag) }
        return false
    }
}
