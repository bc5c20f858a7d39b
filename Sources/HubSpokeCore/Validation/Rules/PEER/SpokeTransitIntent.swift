/// Where a design says that spokes must reach each other through a hub (contracts.md, "Rules
/// that need intent"): a spoke route table that sends another spoke's prefix, or 0.0.0.0/0, to
/// an appliance in a hub states that intent for that pair. A 0.0.0.0/0 route states it for every
/// other spoke of the hub, because with it Azure drops the private-range `None` routes and
/// spoke-to-spoke traffic follows the default route to the appliance (RT-014).
struct SpokeTransitIntent {
    struct Statement {
        /// Path of the route that states the intent, e.g. `rt-spokes/routes/default`.
        var route: String
        /// The appliance address the route sends traffic to.
        var nextHop: String
    }

    struct Hub {
        var vnet: Int
        var spokes: [Int]
        var spokeSet: Set<Int>
        /// Spokes that send 0.0.0.0/0 to an appliance in this hub.
        var defaultSenders: Set<Int> = []
        /// Spoke pairs joined by a route for the other's prefix (recorded both ways).
        var explicitPartners: [Int: Set<Int>] = [:]
        /// The first route of each stating spoke.
        var statements: [Int: Statement] = [:]

        var hasIntent: Bool { !defaultSenders.isEmpty || !explicitPartners.isEmpty }
    }

    /// Hubs with at least one statement of intent, in VNet order.
    let hubs: [Hub]
    let connectivity: PeeringConnectivity

    init(_ context: ValidationContext, nextHops: ApplianceNextHops, connectivity: PeeringConnectivity) {
        self.connectivity = connectivity
        let design = context.design
        let index = context.index
        let subnetTables = SubnetRouteTables(index)
        // Accumulated per hub in plain dictionaries (not inside `Hub` values) so that no set is
        // copied on write while the statements are collected.
        var spokesByHub: [Int: (list: [Int], set: Set<Int>)] = [:]
        var defaultSenders: [Int: Set<Int>] = [:]
        var explicitPartners: [Int: [Int: Set<Int>]] = [:]
        var statements: [Int: [Int: Statement]] = [:]
        for (s, vnet) in design.virtualNetworks.enumerated()
        where !vnet.isExisting && !connectivity.isHub[s] && !connectivity.connected[s].isEmpty {
            var tablesSeen: [Int] = []
            for sub in vnet.subnets.indices {
                guard let t = subnetTables.table(vnet: s, subnet: sub), !tablesSeen.contains(t) else { continue }
                tablesSeen.append(t)
                let table = design.routeTables[t]
                for route in table.routes where route.sendsToAppliance {
                    guard let prefix = route.parsedAddressPrefix, prefix.family == .v4,
                        let hopText = route.nextHopIpAddress, let hop = IPAddress(hopText)
                    else { continue }
                    if !context.unknowns.isEmpty {
                        let routePath = ResourcePath.child(table.name, .routes, route.name)
                        guard !context.isUnknown(routePath, "addressPrefix"),
                            !context.isUnknown(routePath, "nextHopIpAddress")
                        else { continue }
                    }
                    let hubVNet: Int?
                    if let owner = nextHops.owner(of: hop) {
                        hubVNet = owner.vnet
                    } else {
                        hubVNet = connectivity.connected[s].first { h in
                            index.vnetPrefixes[h].contains { $0.contains(hop) }
                        }
                    }
                    guard let h = hubVNet, h != s, connectivity.connected[s].contains(h) else { continue }
                    if spokesByHub[h] == nil {
                        let spokes = connectivity.spokes(of: h)
                        spokesByHub[h] = (spokes, Set(spokes))
                    }
                    guard let spokes = spokesByHub[h], spokes.set.contains(s) else { continue }
                    if statements[h, default: [:]][s] == nil {
                        statements[h, default: [:]][s] = Statement(
                            route: ResourcePath.child(table.name, .routes, route.name), nextHop: hopText)
                    }
                    if prefix.length == 0 {
                        defaultSenders[h, default: []].insert(s)
                        continue
                    }
                    for other in spokes.list where other != s && !connectivity.directlyPeered(s, other) {
                        guard index.vnetPrefixes[other].contains(where: { $0.overlaps(prefix) }) else { continue }
                        explicitPartners[h, default: [:]][s, default: []].insert(other)
                        explicitPartners[h, default: [:]][other, default: []].insert(s)
                    }
                }
            }
        }
        var hubs: [Hub] = []
        for h in spokesByHub.keys.sorted() {
            var hub = Hub(vnet: h, spokes: spokesByHub[h]!.list, spokeSet: spokesByHub[h]!.set)
            hub.defaultSenders = defaultSenders[h] ?? []
            hub.explicitPartners = explicitPartners[h] ?? [:]
            hub.statements = statements[h] ?? [:]
            if hub.hasIntent { hubs.append(hub) }
        }
        self.hubs = hubs
    }

    /// The spokes of `hub` that `spoke` must reach through it, by the design's own statements:
    /// every other spoke when either side sends 0.0.0.0/0 to the hub's appliance, otherwise the
    /// spokes named by a route. Directly peered spokes are left out (they have their own path).
    func partners(of spoke: Int, in hub: Hub) -> [Int] {
        var result = hub.explicitPartners[spoke] ?? []
        if hub.defaultSenders.contains(spoke) {
            for other in hub.spokes where other != spoke && !connectivity.directlyPeered(spoke, other) {
                result.insert(other)
            }
        } else {
            for other in hub.defaultSenders where other != spoke && !connectivity.directlyPeered(spoke, other) {
                result.insert(other)
            }
        }
        return result.sorted()
    }

    /// True when `spoke` must reach at least one other spoke through `hub`, computed without
    /// listing the partners (linear in the spoke's own peerings).
    func hasPartner(_ spoke: Int, in hub: Hub) -> Bool {
        if let explicit = hub.explicitPartners[spoke], !explicit.isEmpty { return true }
        if hub.defaultSenders.contains(spoke) {
            return hub.spokes.contains { $0 != spoke && !connectivity.directlyPeered(spoke, $0) }
        }
        return hub.defaultSenders.contains { $0 != spoke && !connectivity.directlyPeered(spoke, $0) }
    }

    /// The statement to quote for a finding about `spoke` and its `partners`: the spoke's own
    /// route if it has one, else the first partner's.
    func statement(for spoke: Int, partners: [Int], in hub: Hub) -> (spoke: Int, statement: Statement)? {
        if let own = hub.statements[spoke] { return (spoke, own) }
        for p in partners { if let s = hub.statements[p] { return (p, s) } }
        return nil
    }
}
