/// When a spoke sends on-premises prefixes to the hub firewall or NVA, the replies from
/// on-premises arrive at the hub gateway, whose GatewaySubnet routes them straight to the spoke
/// over the peering unless a UDR sends the spoke's prefix back through the same appliance. The
/// stateful firewall then sees only one direction of each flow and drops the return traffic.
///
/// A spoke route counts when it is the route the spoke actually uses for the on-premises prefix:
/// the longest UDR containing it, unless the spoke learns the gateway's more specific route
/// (gateway transit with route propagation on). The return route must beat the peering system
/// route for the spoke's address space (at least as long as that prefix).
struct AsymmetricOnPremisesReturnPath: Rule {
    static let id = "GW-009"
    static let severity: Severity = .warning
    static let title =
        "Spoke sends on-premises traffic through the hub appliance, but GatewaySubnet does not send it back"
    static let help =
        "If spokes reach on-premises through the hub firewall/NVA, the GatewaySubnet needs UDRs for the spoke prefixes with the same appliance as next hop; otherwise return traffic bypasses the appliance and the stateful firewall drops it."
    static let source = "https://learn.microsoft.com/azure/architecture/networking/architecture/hub-spoke"
    init() {}

    private struct Key: Hashable {
        var hub: Int
        var spoke: Int
        var appliance: IPAddress
    }

    private struct Gap {
        var subnetPrefixes: [AddressPrefix] = []
        var onPremises: [AddressPrefix] = []
        var spokeRoutes: [String] = []
    }

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        let design = context.design
        let index = context.index
        guard !design.connections.isEmpty, !design.localNetworkGateways.isEmpty else { return }
        var onPremisesByHub: [Int: [AddressPrefix]] = [:]
        for connection in design.connections {
            guard let g = index.virtualNetworkGateway(connection.virtualNetworkGateway1),
                let hub = index.virtualNetwork(owningSubnetReference: design.virtualNetworkGateways[g].subnet),
                let local = connection.localNetworkGateway2, let l = index.localNetworkGateway(local),
                !context.isUnknown(design.localNetworkGateways[l].name, "addressPrefixes")
            else { continue }
            for prefix in design.localNetworkGateways[l].addressPrefixes.compactMap({ AddressPrefix($0) })
            where !(onPremisesByHub[hub] ?? []).contains(prefix) {
                onPremisesByHub[hub, default: []].append(prefix)
            }
        }
        for hub in onPremisesByHub.keys.sorted() {
            let hubVNet = design.virtualNetworks[hub]
            guard let onPremises = onPremisesByHub[hub],
                let gs = ReservedSubnetNames.subnet(.gatewaySubnet, in: hubVNet)
            else { continue }
            let gatewaySubnetPath = ResourcePath.child(hubVNet.name, .subnets, hubVNet.subnets[gs].name)
            let returnTable = hubVNet.subnets[gs].routeTable.flatMap { index.routeTable($0) }
            if let t = returnTable, Self.hasUnknownRoutes(design.routeTables[t], context) { continue }
            let returnRoutes = returnTable.map { Self.parsedRoutes(design.routeTables[$0]) } ?? []
            var gaps: [Key: Gap] = [:]
            var order: [Key] = []
            for (p, peering) in hubVNet.virtualNetworkPeerings.enumerated() {
                guard let spoke = index.peeringRemotes[hub][p].designIndex, spoke != hub else { continue }
                let spokeVNet = design.virtualNetworks[spoke]
                let transit =
                    peering.allowGatewayTransit
                    && (index.peering(from: spoke, to: hub).map {
                        spokeVNet.virtualNetworkPeerings[$0].useRemoteGateways
                    }
                        ?? false)
                for (s, subnet) in spokeVNet.subnets.enumerated() {
                    guard let t = subnet.routeTable.flatMap({ index.routeTable($0) }) else { continue }
                    let table = design.routeTables[t]
                    guard !Self.hasUnknownRoutes(table, context) else { continue }
                    let learnsGatewayRoutes = transit && !table.disableBgpRoutePropagation
                    let routes = Self.parsedRoutes(table)
                    for destination in onPremises {
                        guard let chosen = Self.longestMatch(routes, containing: destination),
                            chosen.route.nextHopType.equalsIgnoringCase("VirtualAppliance"),
                            let appliance = chosen.route.nextHopIpAddress.flatMap({ IPAddress($0) }),
                            index.vnetPrefixes[hub].contains(where: { $0.contains(appliance) }),
                            !(learnsGatewayRoutes && chosen.prefix.length < destination.length)
                        else { continue }
                        for prefix in SubnetSizing.ipv4(index.subnetPrefixes[spoke][s]) {
                            let spaceLength =
                                index.vnetPrefixes[spoke].first(where: { $0.contains(prefix) })?.length ?? prefix.length
                            let back = Self.longestMatch(returnRoutes, containing: prefix)
                            if let back, back.prefix.length >= spaceLength,
                                back.route.nextHopType.equalsIgnoringCase("VirtualAppliance"),
                                back.route.nextHopIpAddress.flatMap({ IPAddress($0) }) == appliance
                            {
                                continue
                            }
                            let key = Key(hub: hub, spoke: spoke, appliance: appliance)
                            if gaps[key] == nil { order.append(key) }
                            var gap = gaps[key] ?? Gap()
                            if !gap.subnetPrefixes.contains(prefix) { gap.subnetPrefixes.append(prefix) }
                            if !gap.onPremises.contains(destination) { gap.onPremises.append(destination) }
                            let routePath = ResourcePath.child(table.name, .routes, chosen.route.name)
                            if !gap.spokeRoutes.contains(routePath) { gap.spokeRoutes.append(routePath) }
                            gaps[key] = gap
                        }
                    }
                }
            }
            for key in order {
                guard let gap = gaps[key] else { continue }
                let spokeVNet = design.virtualNetworks[key.spoke]
                let spaces = index.vnetPrefixes[key.spoke].filter { space in
                    gap.subnetPrefixes.contains { space.contains($0) }
                }
                let returnPrefixes = (spaces.isEmpty ? gap.subnetPrefixes : spaces).map(\.description)
                    .joined(separator: ", ")
                let fix =
                    returnTable.map {
                        "Add a route for \(returnPrefixes) with next hop VirtualAppliance \(key.appliance) to \(design.routeTables[$0].name)."
                    }
                    ?? "Associate a route table with \(gatewaySubnetPath) that sends \(returnPrefixes) to VirtualAppliance \(key.appliance)."
                findings.append(
                    finding(
                        "\(spokeVNet.name) sends on-premises traffic (\(gap.onPremises.map(\.description).joined(separator: ", "))) to \(key.appliance) in \(hubVNet.name) (\(gap.spokeRoutes.joined(separator: ", "))), but \(gatewaySubnetPath) has no route sending \(gap.subnetPrefixes.map(\.description).joined(separator: ", ")) back through \(key.appliance): replies from on-premises bypass the appliance and a stateful firewall drops them. \(fix)",
                        resources: [gatewaySubnetPath] + gap.spokeRoutes, field: "routeTable"))
            }
        }
    }

    private typealias ParsedRoute = (route: Route, prefix: AddressPrefix)

    private static func parsedRoutes(_ table: RouteTable) -> [ParsedRoute] {
        table.routes.compactMap { route in AddressPrefix(route.addressPrefix).map { (route, $0) } }
    }

    private static func longestMatch(_ routes: [ParsedRoute], containing prefix: AddressPrefix) -> ParsedRoute? {
        var best: ParsedRoute?
        for candidate in routes where candidate.prefix.contains(prefix) {
            if best == nil || candidate.prefix.length > best!.prefix.length { best = candidate }
        }
        return best
    }

    private static func hasUnknownRoutes(_ table: RouteTable, _ context: ValidationContext) -> Bool {
        if context.unknowns.isEmpty { return false }
        return context.unknowns.hasUnknowns(resource: table.name)
            || table.routes.contains {
                context.unknowns.hasUnknowns(resource: ResourcePath.child(table.name, .routes, $0.name))
            }
    }
}
