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

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        let index = context.index
        let design = context.design
        let nextHops = ApplianceNextHops(context)
        let subnetTables = SubnetRouteTables(index)
        var tableRoutes: [Int: [(prefix: AddressPrefix, route: Route, hop: Hop?)]] = [:]
        func routes(_ ref: DesignIndex.SubnetRef) -> [(prefix: AddressPrefix, route: Route, hop: Hop?)] {
            guard let t = subnetTables.table(of: ref) else { return [] }
            if let known = tableRoutes[t] { return known }
            let list = design.routeTables[t].routes.compactMap { route -> (AddressPrefix, Route, Hop?)? in
                guard let prefix = AddressPrefix(route.addressPrefix), prefix.family == .v4 else { return nil }
                var hop: Hop?
                if route.nextHopType.equalsIgnoringCase("VirtualAppliance"), let text = route.nextHopIpAddress,
                    let address = IPAddress(text)
                {
                    hop = nextHops.owner(of: address).map { .device($0.device) } ?? .address(address.description)
                }
                return (prefix, route, hop)
            }
            tableRoutes[t] = list
            return list
        }
        func best(_ ref: DesignIndex.SubnetRef, for destination: AddressPrefix) -> (
            prefix: AddressPrefix, route: Route, hop: Hop?
        )? {
            routes(ref).filter { $0.prefix.contains(destination) }.max { $0.prefix.length < $1.prefix.length }
        }
        func tablePath(_ ref: DesignIndex.SubnetRef, _ route: Route) -> String {
            let table = design.routeTables[subnetTables.table(of: ref)!]
            return ResourcePath.child(table.name, .routes, route.name)
        }
        func workloadSubnets(_ v: Int) -> [DesignIndex.SubnetRef] {
            design.virtualNetworks[v].subnets.indices.compactMap { s in
                guard SubnetRouteTables.isWorkloadSubnet(design.virtualNetworks[v].subnets[s]),
                    index.subnetPrefixes[v][s].contains(where: { $0.family == .v4 })
                else { return nil }
                return DesignIndex.SubnetRef(vnet: v, subnet: s)
            }
        }
        func v4(_ ref: DesignIndex.SubnetRef) -> AddressPrefix {
            index.subnetPrefixes[ref.vnet][ref.subnet].first { $0.family == .v4 }!
        }

        var byReturnSubnet: [DesignIndex.SubnetRef: [Forward]] = [:]

        // Directly peered spokes: a UDR as specific as the peer's prefix overrides the peering route.
        for (s, vnet) in design.virtualNetworks.enumerated() where !vnet.isExisting {
            for source in workloadSubnets(s) {
                let sourcePrefix = v4(source)
                guard let peeringLength = index.vnetPrefixes[s].first(where: { $0.contains(sourcePrefix) })?.length
                else { continue }
                for entry in routes(source) where entry.hop != nil {
                    for remote in index.peeringRemotes[s] {
                        guard let t = remote.designIndex, t != s, index.peering(from: t, to: s) != nil,
                            index.vnetPrefixes[t].contains(where: {
                                $0.overlaps(entry.prefix) && entry.prefix.length >= $0.length
                            })
                        else { continue }
                        for target in workloadSubnets(t) where v4(target).overlaps(entry.prefix) {
                            let back = best(target, for: sourcePrefix)
                            let description: String
                            if let back, back.prefix.length >= peeringLength {
                                guard back.hop != nil, back.hop != entry.hop else { continue }
                                description =
                                    "through the appliance \(back.route.nextHopIpAddress ?? "") "
                                    + "(\(tablePath(target, back.route)))"
                            } else {
                                description = "over the direct peering with \(vnet.name)"
                            }
                            byReturnSubnet[target, default: []].append(
                                Forward(
                                    sourceSubnet: source, route: tablePath(source, entry.route),
                                    nextHop: entry.route.nextHopIpAddress ?? "", returnDescription: description))
                        }
                    }
                }
            }
        }

        // Spokes of one hub, not peered with each other: both directions must end at one appliance.
        let connectivity = PeeringConnectivity(context, nextHops: nextHops)
        let intent = SpokeTransitIntent(context, nextHops: nextHops, connectivity: connectivity)
        for hub in intent.hubs {
            var subnetsBySpoke: [(spoke: Int, subnets: [DesignIndex.SubnetRef])] = []
            var defaultGroups: Set<Hop?> = []
            var specific: Set<Int> = []
            for x in hub.spokes {
                let subnets = workloadSubnets(x)
                subnetsBySpoke.append((x, subnets))
                for ref in subnets {
                    let list = routes(ref)
                    if list.contains(where: { $0.prefix.length > 0 }) {
                        specific.insert(x)
                    } else {
                        defaultGroups.insert(list.first { $0.prefix.length == 0 }?.hop)
                    }
                }
            }
            // With one default appliance and no specific routes every pair is symmetric.
            let severalDefaults = defaultGroups.compactMap({ $0 }).count > 1
            guard severalDefaults || !specific.isEmpty else { continue }
            for (s, sources) in subnetsBySpoke {
                for (t, targets) in subnetsBySpoke
                where t != s && (specific.contains(s) || specific.contains(t) || severalDefaults)
                    && !connectivity.directlyPeered(s, t)
                {
                    for source in sources {
                        let sourcePrefix = v4(source)
                        for target in targets {
                            guard let forward = best(source, for: v4(target)), let forwardHop = forward.hop,
                                let back = best(target, for: sourcePrefix), let backHop = back.hop,
                                backHop != forwardHop
                            else { continue }
                            byReturnSubnet[target, default: []].append(
                                Forward(
                                    sourceSubnet: source, route: tablePath(source, forward.route),
                                    nextHop: forward.route.nextHopIpAddress ?? "",
                                    returnDescription: "through the appliance \(back.route.nextHopIpAddress ?? "") "
                                        + "(\(tablePath(target, back.route)))"))
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
            let sourcePrefix = v4(first.sourceSubnet)
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
