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
        var reported = Set<[Int]>()
        for path in OnPremisesReach(index).paths {
            let site = design.localNetworkGateways[path.site]
            let sitePrefixes = site.addressPrefixes.compactMap { AddressPrefix($0) }
            var pairs: [String] = []
            for mine in index.vnetPrefixes[path.vnet] {
                for theirs in sitePrefixes where mine.overlaps(theirs) { pairs.append("\(mine) overlaps \(theirs)") }
            }
            guard !pairs.isEmpty, reported.insert([path.vnet, path.site]).inserted else { continue }
            let vnet = design.virtualNetworks[path.vnet].name
            let gateway = design.virtualNetworkGateways[path.gateway].name
            let connection = design.connections[path.connection].name
            let via =
                path.vnet == path.hub
                ? "its gateway \(gateway)"
                : "the gateway \(gateway) of \(design.virtualNetworks[path.hub].name) (useRemoteGateways)"
            findings.append(
                finding(
                    "\(vnet) overlaps the on-premises prefixes of \(site.name), connected through \(via) by "
                        + "\(connection) (\(pairs.joined(separator: "; "))): it deploys, but the VNet's own route "
                        + "wins, so on-premises hosts in that range are unreachable from \(vnet). Give \(vnet) a range "
                        + "the on-premises network does not use.",
                    resources: [vnet, site.name, connection], field: "addressPrefixes"))
        }
    }
}
