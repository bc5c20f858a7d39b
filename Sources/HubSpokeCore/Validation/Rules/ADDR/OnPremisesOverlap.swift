/// On-premises prefixes (a local network gateway's address space) reach a VNet through a
/// site-to-site connection on its own gateway, or on a hub gateway it uses through
/// `useRemoteGateways`. When they overlap the VNet's space, the VNet's own system route wins
/// over the gateway route, so on-premises hosts in the shared range are unreachable.
struct OnPremisesOverlap: Rule {
    static let id = "ADDR-010"
    static let severity: Severity = .warning
    static let title = "VNet address space overlaps connected on-premises prefixes"
    static let help =
        "A VNet's address space should not overlap the on-premises prefixes (local network gateway address "
        + "space) of a connection on its gateway or on the hub gateway it uses through gateway transit. It "
        + "deploys, but the VNet's system route wins over the gateway route, so on-premises hosts in that range "
        + "are unreachable."
    static let source =
        "https://learn.microsoft.com/azure/virtual-network/virtual-networks-udr-overview#how-azure-selects-a-route"

    init() {}

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        let index = context.index
        let design = index.design
        guard !design.connections.isEmpty else { return }
        // Spokes that use a hub's gateway, by hub.
        var transitUsers: [Int: [Int]] = [:]
        for (v, vnet) in design.virtualNetworks.enumerated() {
            for (p, peering) in vnet.virtualNetworkPeerings.enumerated() where peering.useRemoteGateways {
                if let hub = index.peeringRemotes[v][p].designIndex, hub != v {
                    transitUsers[hub, default: []].append(v)
                }
            }
        }
        var reported = Set<[Int]>()
        for connection in design.connections {
            guard let siteName = connection.localNetworkGateway2,
                let site = index.localNetworkGateway(siteName),
                let gateway = index.virtualNetworkGateway(connection.virtualNetworkGateway1),
                let hub = index.subnet(design.virtualNetworkGateways[gateway].subnet)?.vnet
            else { continue }
            let sitePrefixes = design.localNetworkGateways[site].addressPrefixes.compactMap { AddressPrefix($0) }
            guard !sitePrefixes.isEmpty else { continue }
            for v in [hub] + (transitUsers[hub] ?? []) {
                var pairs: [String] = []
                for mine in index.vnetPrefixes[v] {
                    for theirs in sitePrefixes where mine.overlaps(theirs) {
                        pairs.append("\(mine) overlaps \(theirs)")
                    }
                }
                guard !pairs.isEmpty, reported.insert([v, site]).inserted else { continue }
                let vnet = design.virtualNetworks[v].name
                let siteLabel = design.localNetworkGateways[site].name
                let via =
                    v == hub
                    ? "its gateway \(design.virtualNetworkGateways[gateway].name)"
                    : "the gateway \(design.virtualNetworkGateways[gateway].name) of \(design.virtualNetworks[hub].name) "
                        + "(useRemoteGateways)"
                findings.append(
                    finding(
                        "\(vnet) overlaps the on-premises prefixes of \(siteLabel), connected through \(via) by "
                            + "\(connection.name) (\(pairs.joined(separator: "; "))): it deploys, but the VNet's own "
                            + "route wins, so on-premises hosts in that range are unreachable from \(vnet). Give "
                            + "\(vnet) a range the on-premises network does not use.",
                        resources: [vnet, siteLabel, connection.name], field: "addressPrefixes"))
            }
        }
    }
}
