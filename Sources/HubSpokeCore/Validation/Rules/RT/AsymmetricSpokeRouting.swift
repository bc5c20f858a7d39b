/// A stateful firewall or NVA must see both directions of a flow. When one spoke sends traffic
/// for another spoke through an appliance but the other spoke's replies take a different path
/// (the direct peering, because the reply has no equal-or-more-specific UDR to beat the peering
/// route; or a different appliance), each device sees half a flow and drops it.
///
/// Two shapes are checked: spokes that are directly peered where one side's UDR overrides the
/// peering route, and spokes of one hub whose routes to each other end at different appliances.
/// A spoke with no route back at all is PEER-006's finding.
struct AsymmetricSpokeRouting: Rule {
    static let id = "RT-015"
    static let severity: Severity = .warning
    static let title = "Return path between spokes skips the appliance of the forward path"
    static let help =
        "A spoke UDR sends traffic for another spoke to the hub firewall/NVA, but the other spoke has no matching "
        + "return UDR (its replies take the peering route or another appliance). The path is asymmetric and a "
        + "stateful firewall drops the return traffic."
    static let source = "https://learn.microsoft.com/azure/architecture/networking/architecture/hub-spoke"
    init() {}

    /// Who a next hop is: the same device under two addresses is one hop.
    private enum Hop: Hashable {
        case device(ApplianceNextHops.Device)
        case address(String)
    }

    private struct Forward {
        var sourceSubnet: DesignIndex.SubnetRef
        var route: String
        var nextHop: String
        var returnDescription: String
    }

    private struct Entry {
        var prefix: AddressPrefix
        var route: Route
        var hop: Hop?
    }

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        let index = context.index
        let design = context.design
        let nextHops = ApplianceNextHops(context)
        let subnetTables = SubnetRouteTables(index)
        // Each table's IPv4 routes, parsed once; plus what the two checks need to know cheaply.
        var entries: [[Entry]] = []
        var hasSpecificHop: [Bool] = []
        var defaultHop: [Hop?] = []
        for table in design.routeTables {
            var list: [Entry] = []
            for route in table.routes {
                guard let prefix = route.parsedAddressPrefix, prefix.family == .v4 else { continue }
                var hop: Hop?
                if route.sendsToAppliance, let text = route.nextHopIpAddress,
                    let address = IPAddress(text)
                {
                    hop = nextHops.owner(of: address).map { .device($0.device) } ?? .address(address.description)
                }
                list.append(Entry(prefix: prefix, route: route, hop: hop))
            }
            entries.append(list)
            hasSpecificHop.append(list.contains { $0.hop != nil && $0.prefix.length > 0 })
            defaultHop.append(list.first { $0.prefix.length == 0 }?.hop)
        }
        func routes(_ ref: DesignIndex.SubnetRef) -> [Entry] {
            subnetTables.table(of: ref).map { entries[$0] } ?? []
        }
        func best(_ ref: DesignIndex.SubnetRef, for destination: AddressPrefix) -> Entry? {
            var found: Entry?
            for entry in routes(ref) where entry.prefix.contains(destination) {
                if found == nil || entry.prefix.length > found!.prefix.length { found = entry }
            }
            return found
        }
        func routePath(_ ref: DesignIndex.SubnetRef, _ route: Route) -> String {
            ResourcePath.child(design.routeTables[subnetTables.table(of: ref)!].name, .routes, route.name)
        }
        func v4(_ ref: DesignIndex.SubnetRef) -> AddressPrefix? {
            guard SubnetRouteTables.isWorkloadSubnet(design.virtualNetworks[ref.vnet].subnets[ref.subnet]) else {
                return nil
            }
            return index.subnetPrefixes[ref.vnet][ref.subnet].first { $0.family == .v4 }
        }
        func workloadSubnets(_ v: Int) -> [DesignIndex.SubnetRef] {
            design.virtualNetworks[v].subnets.indices.compactMap { s in
                let ref = DesignIndex.SubnetRef(vnet: v, subnet: s)
                return v4(ref) == nil ? nil : ref
            }
        }

        var byReturnSubnet: [DesignIndex.SubnetRef: [Forward]] = [:]

        // Directly peered VNets: only a UDR at least as specific as the peer's prefix overrides
        // the peering route, so only tables with such (non-default) appliance routes matter.
        for t in design.routeTables.indices where hasSpecificHop[t] {
            for source in (index.subnetsByRouteTable[t] ?? []) {
                let s = source.vnet
                guard !design.virtualNetworks[s].isExisting, let sourcePrefix = v4(source),
                    let peeringLength = index.vnetPrefixes[s].first(where: { $0.contains(sourcePrefix) })?.length
                else { continue }
                for entry in entries[t] where entry.hop != nil && entry.prefix.length > 0 {
                    for remote in index.peeringRemotes[s] {
                        guard let peer = remote.designIndex, peer != s, index.peering(from: peer, to: s) != nil,
                            index.vnetPrefixes[peer].contains(where: {
                                $0.overlaps(entry.prefix) && entry.prefix.length >= $0.length
                            })
                        else { continue }
                        for target in workloadSubnets(peer) where v4(target)!.overlaps(entry.prefix) {
                            let back = best(target, for: sourcePrefix)
                            let description: String
                            if let back, back.prefix.length >= peeringLength {
                                guard back.hop != nil, back.hop != entry.hop else { continue }
                                description =
                                    "through the appliance \(back.route.nextHopIpAddress ?? "") "
                                    + "(\(routePath(target, back.route)))"
                            } else {
                                description = "over the direct peering with \(design.virtualNetworks[s].name)"
                            }
                            byReturnSubnet[target, default: []].append(
                                Forward(
                                    sourceSubnet: source, route: routePath(source, entry.route),
                                    nextHop: entry.route.nextHopIpAddress ?? "", returnDescription: description))
                        }
                    }
                }
            }
        }

        // Spokes of one hub, not peered with each other: both directions must end at one
        // appliance. Skipped cheaply for a hub whose spokes all send 0.0.0.0/0 to one appliance.
        let connectivity = PeeringConnectivity(context, nextHops: nextHops)
        for (h, peers) in connectivity.connected.enumerated() where peers.count >= 2 {
            let spokes = connectivity.spokes(of: h)
            var hops: [Hop] = []
            var specific = false
            for x in spokes {
                for s in design.virtualNetworks[x].subnets.indices {
                    guard let t = subnetTables.table(vnet: x, subnet: s) else { continue }
                    if hasSpecificHop[t] { specific = true }
                    if let hop = defaultHop[t], !hops.contains(hop) { hops.append(hop) }
                }
            }
            guard specific || hops.count > 1 else { continue }
            let subnetsBySpoke = spokes.map { ($0, workloadSubnets($0)) }
            for (s, sources) in subnetsBySpoke {
                for (t, targets) in subnetsBySpoke where t != s && !connectivity.directlyPeered(s, t) {
                    for source in sources {
                        let sourcePrefix = v4(source)!
                        for target in targets {
                            guard let forward = best(source, for: v4(target)!), let forwardHop = forward.hop,
                                let back = best(target, for: sourcePrefix), let backHop = back.hop,
                                backHop != forwardHop
                            else { continue }
                            byReturnSubnet[target, default: []].append(
                                Forward(
                                    sourceSubnet: source, route: routePath(source, forward.route),
                                    nextHop: forward.route.nextHopIpAddress ?? "",
                                    returnDescription: "through the appliance \(back.route.nextHopIpAddress ?? "") "
                                        + "(\(routePath(target, back.route)))"))
                        }
                    }
                }
            }
        }

        for target in byReturnSubnet.keys.sorted(by: { ($0.vnet, $0.subnet) < ($1.vnet, $1.subnet) }) {
            let forwards = byReturnSubnet[target]!
            let first = forwards[0]
            let targetPath = index.subnetPath(target)
            let sourcePath = index.subnetPath(first.sourceSubnet)
            let sourcePrefix = v4(first.sourceSubnet)!
            let others = Set(forwards.map(\.sourceSubnet)).count - 1
            let more = others > 0 ? " (and \(others) more source subnet\(others == 1 ? "" : "s"))" : ""
            findings.append(
                finding(
                    "\(sourcePath)\(more) sends traffic for \(targetPath) through the appliance \(first.nextHop) "
                        + "(\(first.route)), but replies from \(targetPath) to \(sourcePrefix) go "
                        + "\(first.returnDescription): the stateful appliance sees one direction only and drops the "
                        + "flow. Give \(targetPath) a route for \(sourcePrefix) with next hop VirtualAppliance "
                        + "\(first.nextHop), so both directions pass the same appliance.",
                    resources: [targetPath, first.route, sourcePath], field: "routeTable"))
        }
    }
}
