import HubSpokeCore

/// "Route spokes through the hub firewall": the routing a hub-and-spoke network needs so that
/// spoke-to-spoke, spoke-to-Internet and spoke-to-on-premises traffic passes the hub's Azure
/// Firewall in both directions, written as one design change.
///
/// - Every workload subnet of every spoke (reserved subnets such as GatewaySubnet are left
///   alone) gets a route table: the one it already has, or `rt-<spoke>`. The table sends
///   0.0.0.0/0 to the firewall; spokes that are also peered directly get routes for each
///   other's prefixes, because a peering route beats a broader UDR (RT-014).
/// - When the hub has a VPN or ExpressRoute gateway, spoke tables disable gateway route
///   propagation, so on-premises traffic takes the default route to the firewall instead of the
///   more specific gateway routes (GW-008), and the GatewaySubnet's table sends each spoke
///   prefix back through the firewall (GW-009). That table never gets 0.0.0.0/0 and keeps
///   propagation on (SUB-013).
/// - Both halves of each hub-spoke peering allow forwarded traffic (PEER-007), so packets the
///   firewall forwards are accepted.
///
/// Existing routes for the same prefix are repointed, not duplicated, so running it again
/// gives the same design.
public enum FirewallRouting {
    /// The routed design and a one-line account of what was done.
    public struct Outcome: Sendable {
        public var design: Design
        public var summary: String
    }

    public static func apply(to design: Design, hub hubName: String) throws(PaletteError) -> Outcome {
        guard case .virtualNetwork(let hub)? = ResourceLocation(hubName, in: design) else {
            throw PaletteError("no virtual network named \(hubName)")
        }
        let hubVNet = design.virtualNetworks[hub]
        guard let firewall = firewall(in: hub, of: design) else {
            throw PaletteError(
                "\(hubVNet.name) has no Azure Firewall to route through: :add firewall \(hubVNet.name) adds one")
        }
        let firewallName = design.azureFirewalls[firewall].name
        guard let address = RouteEditing.firewallAddress(firewall, in: design), IPAddress(address)?.family == .v4
        else {
            throw PaletteError(
                "the private IP of \(firewallName) is unknown: give its AzureFirewallSubnet an IPv4 prefix "
                    + "or set \(firewallName) privateIPAddress")
        }
        let spokes = spokes(of: hub, in: design)
        guard !spokes.isEmpty else {
            throw PaletteError("\(hubVNet.name) has no spokes to route: :peer \(hubVNet.name) SPOKE first")
        }
        let hasGateway = design.virtualNetworkGateways.contains {
            DesignEditor.owner(ofSubnet: $0.subnet, in: design) == hub
        }
        var copy = design

        // Associate a table with every workload subnet of every spoke.
        var users: [String: Set<Int>] = [:]
        var tableOrder: [String] = []
        for spoke in spokes {
            let vnet = copy.virtualNetworks[spoke]
            for (s, subnet) in vnet.subnets.enumerated() where subnet.reservedName == nil {
                let name = try table(for: subnet, spoke: spoke, in: &copy)
                copy.virtualNetworks[spoke].subnets[s].routeTable = name
                let key = name.asciiLowercased
                if users[key] == nil { tableOrder.append(key) }
                users[key, default: []].insert(spoke)
            }
        }

        // Point each spoke table's default route (and direct-peer prefixes) at the firewall.
        for key in tableOrder {
            guard let t = copy.routeTables.firstIndex(where: { $0.name.asciiLowercased == key }) else { continue }
            let using = users[key] ?? []
            ensureRoute(in: &copy.routeTables[t], prefix: "0.0.0.0/0", name: "default-to-firewall", to: address)
            for user in spokes where using.contains(user) {
                for peer in directPeers(of: user, among: spokes, in: copy) where !using.contains(peer) {
                    for prefix in ipv4Prefixes(of: peer, in: copy) {
                        ensureRoute(
                            in: &copy.routeTables[t], prefix: prefix,
                            name: "\(DesignEditor.baseName(of: copy.virtualNetworks[peer].name))-via-firewall",
                            to: address)
                    }
                }
            }
            if hasGateway { copy.routeTables[t].disableBgpRoutePropagation = true }
        }

        // Return routes: on-premises replies leave the gateway through the firewall too.
        var gatewayTable: String?
        if hasGateway,
            let g = copy.virtualNetworks[hub].subnets.firstIndex(where: { $0.reservedName == .gatewaySubnet })
        {
            let name = try table(for: copy.virtualNetworks[hub].subnets[g], spoke: hub, in: &copy, suffix: "-gateway")
            copy.virtualNetworks[hub].subnets[g].routeTable = name
            if let t = copy.routeTables.firstIndex(where: { $0.name.equalsIgnoringCase(name) }) {
                for spoke in spokes {
                    for prefix in ipv4Prefixes(of: spoke, in: copy) {
                        ensureRoute(
                            in: &copy.routeTables[t], prefix: prefix,
                            name: "\(DesignEditor.baseName(of: copy.virtualNetworks[spoke].name))-via-firewall",
                            to: address)
                    }
                }
            }
            gatewayTable = name
        }

        // Both halves of each hub-spoke peering accept what the firewall forwards.
        for spoke in spokes {
            for (from, to) in [(hub, spoke), (spoke, hub)] {
                let remote = copy.virtualNetworks[to].name
                for p in copy.virtualNetworks[from].virtualNetworkPeerings.indices
                where copy.virtualNetworks[from].virtualNetworkPeerings[p].remoteVirtualNetwork.equalsIgnoringCase(
                    remote)
                {
                    copy.virtualNetworks[from].virtualNetworkPeerings[p].allowForwardedTraffic = true
                }
            }
        }

        let tables = tableOrder.compactMap { key in copy.routeTables.first { $0.name.asciiLowercased == key }?.name }
        var summary =
            "routed \(spokes.count) spoke\(spokes.count == 1 ? "" : "s") of \(hubVNet.name) through \(firewallName) "
            + "(\(address)): \(tables.joined(separator: ", "))"
        if let gatewayTable { summary += "; GatewaySubnet returns via \(gatewayTable)" }
        return Outcome(design: copy, summary: summary)
    }

    /// The hub a selection is in: the VNet itself, its subnet or peering, or the VNet that holds
    /// the selected firewall or gateway.
    public static func virtualNetwork(around location: ResourceLocation, in design: Design) -> Int? {
        switch location {
        case .virtualNetwork(let v), .subnet(let v, _), .peering(let v, _): v
        case .azureFirewall(let f): DesignEditor.owner(ofSubnet: design.azureFirewalls[f].subnet, in: design)
        case .virtualNetworkGateway(let g):
            DesignEditor.owner(ofSubnet: design.virtualNetworkGateways[g].subnet, in: design)
        default: nil
        }
    }

    /// The VNet `:route-through-firewall` without a name means: the selected VNet when it has a
    /// firewall, else the only VNet with a firewall.
    public static func defaultHub(selection: String?, in design: Design) -> String? {
        if let selection, let location = ResourceLocation(selection, in: design),
            let v = virtualNetwork(around: location, in: design), firewall(in: v, of: design) != nil
        {
            return design.virtualNetworks[v].name
        }
        let withFirewall = design.virtualNetworks.indices.filter { firewall(in: $0, of: design) != nil }
        return withFirewall.count == 1 ? design.virtualNetworks[withFirewall[0]].name : nil
    }

    /// The first Azure Firewall placed in VNet `v`.
    public static func firewall(in v: Int, of design: Design) -> Int? {
        design.azureFirewalls.indices.first {
            DesignEditor.owner(ofSubnet: design.azureFirewalls[$0].subnet, in: design) == v
        }
    }

    /// VNets peered with the hub that are not hubs themselves, in the hub's peering order.
    static func spokes(of hub: Int, in design: Design) -> [Int] {
        let roles = TopologyRoles(design)
        var found: [Int] = []
        for peering in design.virtualNetworks[hub].virtualNetworkPeerings {
            guard case .virtualNetwork(let r)? = ResourceLocation(peering.remoteVirtualNetwork, in: design),
                r != hub, !roles.isHub(r), firewall(in: r, of: design) == nil, !found.contains(r)
            else { continue }
            found.append(r)
        }
        return found
    }

    /// Other spokes `spoke` is peered with directly (either half names the other VNet).
    static func directPeers(of spoke: Int, among spokes: [Int], in design: Design) -> [Int] {
        let name = design.virtualNetworks[spoke].name
        let own = design.virtualNetworks[spoke].virtualNetworkPeerings.map(\.remoteVirtualNetwork)
        return spokes.filter { other in
            other != spoke
                && (own.contains { $0.equalsIgnoringCase(design.virtualNetworks[other].name) }
                    || design.virtualNetworks[other].virtualNetworkPeerings.contains {
                        $0.remoteVirtualNetwork.equalsIgnoringCase(name)
                    })
        }
    }

    static func ipv4Prefixes(of v: Int, in design: Design) -> [String] {
        design.virtualNetworks[v].addressPrefixes.filter { AddressPrefix($0)?.family == .v4 }
    }

    /// The route table of `subnet` when it exists, else `rt-<vnet><suffix>` (created in the
    /// VNet's region when absent).
    static func table(for subnet: Subnet, spoke: Int, in design: inout Design, suffix: String = "") throws(PaletteError)
        -> String
    {
        if let current = subnet.routeTable, case .routeTable(let t)? = ResourceLocation(current, in: design) {
            return design.routeTables[t].name
        }
        let vnet = design.virtualNetworks[spoke]
        let name = "rt-\(DesignEditor.baseName(of: vnet.name))\(suffix)"
        switch ResourceLocation(name, in: design) {
        case .routeTable(let t)?:
            return design.routeTables[t].name
        case nil:
            design.routeTables.append(RouteTable(name: name, placement: vnet.placement))
            return name
        case let other?:
            throw PaletteError("cannot create route table \(name): a \(other.kindName) has that name")
        }
    }

    /// Points the route for `prefix` at the firewall, adding it (as `name`, or `name-2`...) when
    /// the table has none.
    static func ensureRoute(in table: inout RouteTable, prefix: String, name: String, to address: String) {
        let wanted = AddressPrefix(prefix)
        if let r = table.routes.firstIndex(where: { AddressPrefix($0.addressPrefix) == wanted }) {
            table.routes[r].nextHopType = "VirtualAppliance"
            table.routes[r].nextHopIpAddress = address
            return
        }
        var unique = name
        var counter = 2
        while table.routes.contains(where: { $0.name.equalsIgnoringCase(unique) }) {
            unique = "\(name)-\(counter)"
            counter += 1
        }
        table.routes.append(
            Route(name: unique, addressPrefix: prefix, nextHopType: "VirtualAppliance", nextHopIpAddress: address))
    }
}
