/// Builds a subnet's effective route table from the design: system routes, gateway routes and
/// the user-defined routes of its route table (azure-rules.md, Reachability 1).
public enum EffectiveRouteBuilder {
    /// The full table of one subnet, every route listed with its source and state.
    public static func table(for subnet: DesignIndex.SubnetRef, in index: DesignIndex) -> EffectiveRouteTable {
        table(for: subnet, in: index, relevantTo: nil)
    }

    /// The table restricted to routes whose prefix contains `destination` (all routes when nil).
    /// The path walk uses this: a hub peered with hundreds of spokes then costs one check per
    /// peering instead of one route value per peering.
    static func table(for ref: DesignIndex.SubnetRef, in index: DesignIndex, relevantTo destination: IPAddress?)
        -> EffectiveRouteTable
    {
        let design = index.design
        let vnet = design.virtualNetworks[ref.vnet]
        let subnet = vnet.subnets[ref.subnet]
        func relevant(_ prefix: AddressPrefix?) -> Bool {
            guard let destination else { return true }
            return prefix?.contains(destination) ?? false
        }
        var routes: [EffectiveRoute] = []
        let ownSpace = index.vnetPrefixes[ref.vnet]

        // User routes first (they decide which system routes turn invalid), appended last.
        var userRoutes: [EffectiveRoute] = []
        var hasDefaultUserRoute = false
        var propagatesGatewayRoutes = true
        if let tablePath = subnet.routeTable, let t = index.routeTable(tablePath) {
            let table = design.routeTables[t]
            propagatesGatewayRoutes = !table.disableBgpRoutePropagation
            for route in table.routes {
                let prefix = AddressPrefix(route.addressPrefix)
                if prefix?.length == 0 { hasDefaultUserRoute = true }
                guard relevant(prefix) else { continue }
                let hop = NextHopType(userRouteValue: route.nextHopType)
                var entry = EffectiveRoute(
                    source: .user, addressPrefix: route.addressPrefix, prefix: prefix, nextHopType: hop,
                    nextHopIpAddress: route.nextHopIpAddress,
                    origin: ResourcePath.child(table.name, .routes, route.name))
                if prefix == nil {
                    entry.state = .invalid
                    entry.note = "'\(route.addressPrefix)' is a service tag or not a CIDR; not resolvable offline"
                } else if hop == nil {
                    entry.state = .invalid
                    entry.note = "'\(route.nextHopType)' is not a next hop type a user route may use (RT-001)"
                } else if hop == .virtualAppliance && route.nextHopIpAddress.flatMap({ IPAddress($0) }) == nil {
                    entry.state = .invalid
                    entry.note = "VirtualAppliance needs a valid nextHopIpAddress (RT-002)"
                }
                userRoutes.append(entry)
            }
        }

        for prefix in ownSpace where relevant(prefix) {
            routes.append(
                EffectiveRoute(
                    source: .default, addressPrefix: prefix.description, prefix: prefix, nextHopType: .vnetLocal,
                    origin: vnet.name))
        }
        for (p, remote) in index.peeringRemotes[ref.vnet].enumerated() {
            guard case .inDesign(let r) = remote, r != ref.vnet else {
                if case .existing(let r) = remote { appendPeeringRoutes(to: r, peering: p) }
                continue
            }
            appendPeeringRoutes(to: r, peering: p)
        }
        func appendPeeringRoutes(to r: Int, peering p: Int) {
            guard index.vnetPrefixes[r].contains(where: relevant), index.peering(from: ref.vnet, to: r) == p else {
                return
            }
            let prefixes = index.vnetPrefixes[r].filter(relevant)
            let connected = index.peering(from: r, to: ref.vnet) != nil || design.virtualNetworks[r].isExisting
            guard connected else { return }
            for prefix in prefixes {
                var route = EffectiveRoute(
                    source: .default, addressPrefix: prefix.description, prefix: prefix, nextHopType: .vnetPeering,
                    origin: index.peeringPath(vnet: ref.vnet, peering: p))
                route.targetVirtualNetwork = r
                routes.append(route)
            }
        }
        let internet = AddressPrefix(containing: IPAddress(v4: 0), length: 0)
        if relevant(internet) {
            routes.append(
                EffectiveRoute(
                    source: .default, addressPrefix: internet.description, prefix: internet, nextHopType: .internet,
                    origin: vnet.name))
        }
        for range in ReservedRanges.systemNoneRoutes where relevant(range) {
            if ownSpace.contains(where: { $0.contains(range) }) { continue }
            var route = EffectiveRoute(
                source: .default, addressPrefix: range.description, prefix: range, nextHopType: NextHopType.none,
                origin: vnet.name)
            if hasDefaultUserRoute {
                route.state = .invalid
                route.note = "dropped by Azure because the route table has a 0.0.0.0/0 route"
            }
            routes.append(route)
        }

        if propagatesGatewayRoutes, let reach = GatewayReach.of(ref.vnet, in: index) {
            let gatewayName = reach.gatewayName(index)
            for entry in reach.prefixes where relevant(entry.prefix) {
                var route = EffectiveRoute(
                    source: .virtualNetworkGateway, addressPrefix: entry.prefix.description, prefix: entry.prefix,
                    nextHopType: .virtualNetworkGateway, origin: gatewayName,
                    note: reach.transitPeering == nil
                        ? "learned from \(entry.localNetworkGateway)"
                        : "learned from \(entry.localNetworkGateway) through gateway transit")
                route.targetVirtualNetwork = reach.gatewayVirtualNetwork
                routes.append(route)
            }
        }
        routes.append(contentsOf: userRoutes)
        markOverridden(&routes)
        return EffectiveRouteTable(subnet: index.subnetPath(ref), routes: routes)
    }

    /// A route of the same prefix as a stronger one shows as Invalid, as in Azure's table: user
    /// beats gateway beats system, except that VNet and peering system routes beat gateway routes.
    private static func markOverridden(_ routes: inout [EffectiveRoute]) {
        for i in routes.indices where routes[i].state == .active {
            guard let prefix = routes[i].prefix else { continue }
            for j in routes.indices where j != i && routes[j].state == .active && routes[j].prefix == prefix {
                let other = routes[j]
                let mine = routes[i]
                let otherWins: Bool
                if mine.source == .virtualNetworkGateway && other.isVirtualNetworkSystemRoute {
                    otherWins = true
                } else if mine.isVirtualNetworkSystemRoute && other.source == .virtualNetworkGateway {
                    otherWins = false
                } else {
                    otherWins = other.source.tieBreakRank > mine.source.tieBreakRank
                }
                if otherWins {
                    routes[i].state = .invalid
                    routes[i].note = "overridden by \(other.origin)"
                    break
                }
            }
        }
    }
}
