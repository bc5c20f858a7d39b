/// Azure picks the longest matching prefix first and compares route sources only on a tie, so a
/// UDR broader than a peered VNet's prefix (10.0.0.0/8 to a firewall) does not take traffic for
/// that peer: the peering system route stays more specific. Reported for routes that contain a
/// directly peered VNet's prefix without an equal or more specific UDR for it. 0.0.0.0/0 is left
/// out: it is the usual egress route, and peers staying direct is what it is meant to do.
struct BroadRouteDoesNotOverridePeering: Rule {
    static let id = "RT-014"
    static let severity: Severity = .info
    static let title = "Broad UDR does not capture traffic to a peered VNet"
    static let help =
        "A UDR equal to, or more specific than, a peered VNet's prefix overrides the peering route; a broader one "
        + "(e.g. 10.0.0.0/8 or 0.0.0.0/0) does not: longest prefix wins first, source priority only breaks ties. Add "
        + "the peer's prefix explicitly if its traffic should go through the appliance."
    static let source =
        "https://learn.microsoft.com/azure/virtual-network/virtual-networks-udr-overview#how-azure-selects-a-route"
    init() {}

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        let index = context.index
        let design = context.design
        for (t, table) in design.routeTables.enumerated() {
            let parsed = table.routes.map { $0.parsedAddressPrefix }
            let broad = table.routes.indices.filter { r in
                guard let p = parsed[r], p.length > 0 else { return false }
                let hop = table.routes[r].nextHopType
                return hop.equalsIgnoringCase("VirtualAppliance") || hop.equalsIgnoringCase("VirtualNetworkGateway")
            }
            guard !broad.isEmpty else { continue }
            let vnets = Array(Set((index.subnetsByRouteTable[t] ?? []).map(\.vnet))).sorted()
            for r in broad {
                let prefix = parsed[r]!
                var bypassed: [String] = []
                for v in vnets {
                    for remote in index.peeringRemotes[v] {
                        guard let peer = remote.designIndex, peer != v else { continue }
                        let name = design.virtualNetworks[peer].name
                        guard !bypassed.contains(name) else { continue }
                        for peerPrefix in index.vnetPrefixes[peer]
                        where prefix.contains(peerPrefix) && prefix != peerPrefix {
                            let overridden = parsed.contains { q in
                                guard let q else { return false }
                                return q.overlaps(peerPrefix) && q.length >= peerPrefix.length
                            }
                            if !overridden {
                                bypassed.append("\(name) (\(peerPrefix))")
                                break
                            }
                        }
                    }
                }
                guard !bypassed.isEmpty else { continue }
                let path = ResourcePath.child(table.name, .routes, table.routes[r].name)
                findings.append(
                    finding(
                        "\(path) sends \(prefix) to \(table.routes[r].nextHopType) \(table.routes[r].nextHopIpAddress ?? ""), "
                            + "but traffic to the directly peered \(RoutingWording.list(bypassed, limit: 3)) does "
                            + "not take it: the peering route is more specific and wins. Add a route for the peer's "
                            + "prefix to \(table.name) if that traffic should pass the appliance too.",
                        resources: [path, table.name], field: "addressPrefix"))
            }
        }
    }
}
