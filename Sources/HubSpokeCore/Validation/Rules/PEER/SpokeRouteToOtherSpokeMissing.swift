/// Spoke-to-spoke traffic through a hub appliance needs a UDR in every subnet on both ends: the
/// system routes of a spoke only cover its own space and its direct peers, so without one the
/// traffic (or its reply) falls on a private-range `None` route and is dropped. Fires only where
/// the design states that the spokes must reach each other (SpokeTransitIntent).
struct SpokeRouteToOtherSpokeMissing: Rule {
    static let id = "PEER-006"
    static let severity: Severity = .warning
    static let title = "Spoke subnet has no route to another spoke through the hub"
    static let help =
        "Spoke-to-spoke via a hub needs, in each spoke subnet that must reach the other spoke, a UDR for the other "
        + "spoke's prefix (or 0.0.0.0/0) with next hop VirtualAppliance = the hub NVA/firewall private IP. Without it "
        + "the spoke has no route to the other spoke (system routes only cover peered prefixes) and traffic is dropped."
    static let source = "https://learn.microsoft.com/azure/architecture/networking/architecture/hub-spoke"
    init() {}

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        let index = context.index
        let design = context.design
        let nextHops = ApplianceNextHops(context)
        let connectivity = PeeringConnectivity(context, nextHops: nextHops)
        let intent = SpokeTransitIntent(context, nextHops: nextHops, connectivity: connectivity)
        let subnetTables = SubnetRouteTables(index)
        var coverage: [ApplianceRouteCoverage?] = Array(repeating: nil, count: design.routeTables.count)
        for hub in intent.hubs {
            for x in hub.spokes {
                var partners: [Int]?
                for s in design.virtualNetworks[x].subnets.indices {
                    let tableIndex = subnetTables.table(vnet: x, subnet: s)
                    if let t = tableIndex, coverage[t] == nil {
                        coverage[t] =
                            ApplianceRouteCoverage.hasUnknowns(design.routeTables[t], context)
                            ? .everything : ApplianceRouteCoverage(design.routeTables[t])
                    }
                    if let t = tableIndex, coverage[t]!.coversEverything { continue }
                    let routes = tableIndex.map { coverage[$0]! } ?? .none
                    let vnet = design.virtualNetworks[x]
                    guard SubnetRouteTables.isWorkloadSubnet(vnet.subnets[s]),
                        index.subnetPrefixes[x][s].contains(where: { $0.family == .v4 })
                    else { continue }
                    if partners == nil { partners = intent.partners(of: x, in: hub) }
                    let missing = partners!.filter { p in
                        let v4 = index.vnetPrefixes[p].filter { $0.family == .v4 }
                        return !v4.isEmpty && !v4.allSatisfy(routes.covers)
                    }
                    guard !missing.isEmpty,
                        let (stater, statement) = intent.statement(for: x, partners: missing, in: hub)
                    else { continue }
                    let subnetPath = index.subnetPath(DesignIndex.SubnetRef(vnet: x, subnet: s))
                    let hubName = design.virtualNetworks[hub.vnet].name
                    let targets = RoutingWording.list(missing.map { RoutingWording.vnet($0, index) })
                    let why =
                        stater == x
                        ? "\(vnet.name) already sends traffic for other spokes of \(hubName) to the appliance "
                            + "\(statement.nextHop) (\(statement.route))"
                        : "\(design.virtualNetworks[stater].name) sends its traffic for \(vnet.name) through the "
                            + "appliance \(statement.nextHop) in \(hubName) (\(statement.route))"
                    let firstPrefix = index.vnetPrefixes[missing[0]].first { $0.family == .v4 }!
                    let fix =
                        tableIndex.map { "add to \(design.routeTables[$0].name)" }
                        ?? "associate a route table with this subnet that has"
                    findings.append(
                        finding(
                            "\(subnetPath) has no route to \(targets), which it reaches only through \(hubName): "
                                + "\(why). From this subnet that traffic, and the replies to it, falls on "
                                + "\(RoutingWording.systemRoute(for: firstPrefix)) and is dropped. To fix, \(fix) a "
                                + "route for \(firstPrefix) (or 0.0.0.0/0) with next hop VirtualAppliance "
                                + "\(statement.nextHop).",
                            resources: [subnetPath, hubName] + missing.map { design.virtualNetworks[$0].name },
                            field: "routeTable"))
                }
            }
        }
    }
}
