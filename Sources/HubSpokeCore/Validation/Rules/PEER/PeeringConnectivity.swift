/// Which design VNets are joined by a *Connected* peering (both halves exist, both VNets in the
/// design), and which VNets act as hubs: they hold a firewall, a gateway, a Route Server, an
/// IP-forwarding NIC, or the next hop of some `VirtualAppliance` route. Every other VNet with a
/// Connected peering to a hub is one of its spokes.
struct PeeringConnectivity {
    /// Per VNet: the design VNets it has a Connected peering with, in index order.
    let connected: [[Int]]
    let isHub: [Bool]
    private let index: DesignIndex

    init(_ context: ValidationContext, nextHops: ApplianceNextHops) {
        let index = context.index
        let design = context.design
        self.index = index
        var connected: [[Int]] = Array(repeating: [], count: design.virtualNetworks.count)
        for (v, remotes) in index.peeringRemotes.enumerated() where !design.virtualNetworks[v].isExisting {
            var list: [Int] = []
            for remote in remotes {
                guard case .inDesign(let r) = remote, r != v, index.peering(from: r, to: v) != nil, !list.contains(r)
                else { continue }
                list.append(r)
            }
            list.sort()
            connected[v] = list
        }
        var isHub = design.virtualNetworks.indices.map { v in
            index.hasGatewayOrRouteServer(v) || !(index.firewallsByVNet[v] ?? []).isEmpty
        }
        for nic in design.networkInterfaces where nic.enableIPForwarding {
            for config in nic.ipConfigurations {
                if let ref = index.subnet(config.subnet) { isHub[ref.vnet] = true }
            }
        }
        for table in design.routeTables {
            for route in table.routes where route.sendsToAppliance {
                if let text = route.nextHopIpAddress, let address = IPAddress(text),
                    let owner = nextHops.owner(of: address)
                {
                    isHub[owner.vnet] = true
                }
            }
        }
        self.connected = connected
        self.isHub = isHub
    }

    /// True when either VNet has a peering (even a half) to the other: their traffic then has a
    /// direct path (or PEER-003 reports the missing half), not one through a hub.
    func directlyPeered(_ a: Int, _ b: Int) -> Bool {
        index.peering(from: a, to: b) != nil || index.peering(from: b, to: a) != nil
    }

    /// The spokes of `hub`: VNets with a Connected peering to it that are not hubs themselves.
    func spokes(of hub: Int) -> [Int] {
        connected[hub].filter { !isHub[$0] && !index.design.virtualNetworks[$0].isExisting }
    }
}
