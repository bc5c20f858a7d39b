/// Peering is not transitive: two spokes of one hub are not connected to each other by their
/// peerings with the hub. Reported only where the design gives such a pair no path at all (no
/// direct peering, and neither sends the other's prefix to an appliance or gateway), which is
/// what a reader of the design would otherwise assume works.
struct SpokesWithoutPath: Rule {
    static let id = "PEER-005"
    static let severity: Severity = .info
    static let title = "Spokes of one hub have no path to each other"
    static let help =
        "VNet peering is non-transitive: if A and B are each peered with a hub, A and B are not connected. "
        + "Spoke-to-spoke traffic needs a direct peering, or an NVA/firewall in the hub with UDRs in both spokes and "
        + "forwarded traffic allowed (PEER-006, PEER-007)."
    static let source = "https://learn.microsoft.com/azure/virtual-network/virtual-network-peering-overview"
    init() {}

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        let index = context.index
        let design = context.design
        let connectivity = PeeringConnectivity(context, nextHops: ApplianceNextHops(context))
        let subnetTables = SubnetRouteTables(index)
        var tableCoverage: [ApplianceRouteCoverage?] = Array(repeating: nil, count: design.routeTables.count)
        var coverage: [Int: ApplianceRouteCoverage] = [:]
        func routes(of v: Int) -> ApplianceRouteCoverage {
            if let known = coverage[v] { return known }
            var tables: [Int] = []
            var result: ApplianceRouteCoverage?
            for s in design.virtualNetworks[v].subnets.indices {
                guard let t = subnetTables.table(vnet: v, subnet: s), !tables.contains(t) else { continue }
                tables.append(t)
                if tableCoverage[t] == nil {
                    // A table the reader could not fully evaluate may hold the path: assume it does.
                    tableCoverage[t] =
                        ApplianceRouteCoverage.hasUnknowns(design.routeTables[t], context)
                        ? .everything : ApplianceRouteCoverage(design.routeTables[t])
                }
                if tableCoverage[t]!.coversEverything {
                    result = .everything
                    break
                }
            }
            let merged =
                result
                ?? ApplianceRouteCoverage(
                    RouteTable(name: "", routes: tables.sorted().flatMap { design.routeTables[$0].routes }))
            coverage[v] = merged
            return merged
        }
        for (h, hub) in design.virtualNetworks.enumerated() where connectivity.connected[h].count >= 2 {
            let candidates = connectivity.connected[h].filter { s in
                !connectivity.isHub[s] && !design.virtualNetworks[s].isExisting && !routes(of: s).coversEverything
                    && index.vnetPrefixes[s].contains { $0.family == .v4 }
            }
            guard candidates.count >= 2 else { continue }
            var pairs: [String] = []
            var involved: Set<Int> = []
            for (i, a) in candidates.enumerated() {
                for b in candidates[(i + 1)...] where !connectivity.directlyPeered(a, b) {
                    let aReachesB = index.vnetPrefixes[b].contains { routes(of: a).overlaps($0) }
                    let bReachesA = index.vnetPrefixes[a].contains { routes(of: b).overlaps($0) }
                    guard !aReachesB && !bReachesA else { continue }
                    pairs.append("\(design.virtualNetworks[a].name) and \(design.virtualNetworks[b].name)")
                    involved.insert(a)
                    involved.insert(b)
                }
            }
            guard !pairs.isEmpty else { continue }
            let spokes = involved.sorted()
            let names = spokes.map { design.virtualNetworks[$0].name }
            let pairText =
                pairs.count == 1 ? pairs[0] : "\(pairs.count) pairs (\(RoutingWording.list(pairs, limit: 3)))"
            findings.append(
                finding(
                    "\(RoutingWording.list(names)) are peered with \(hub.name) but not with each other, and no UDR "
                        + "sends one's prefix to an appliance: peering is not transitive, so \(pairText) cannot reach "
                        + "each other. If they must, peer them directly, or route each one's prefix (or 0.0.0.0/0) "
                        + "through a firewall/NVA in \(hub.name) from both sides and allow forwarded traffic on the "
                        + "spoke peerings.",
                    resources: [hub.name] + names))
        }
    }
}
