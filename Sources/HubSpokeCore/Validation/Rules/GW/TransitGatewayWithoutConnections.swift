/// Spokes that use the hub's gateway (`useRemoteGateways`) get on-premises routes only from the
/// gateway's connections. When the design gives the hub gateway no connection, the transit
/// deploys but there is nothing on the other side to reach yet.
struct TransitGatewayWithoutConnections: Rule {
    static let id = "GW-007"
    static let severity: Severity = .info
    static let title = "Spokes use the hub gateway, but the gateway has no connection in the design"
    static let help =
        "Gateway transit gives spokes the routes the hub gateway learns from its connections (site-to-site, ExpressRoute, VNet-to-VNet); with no connection there is nothing to reach through it."
    static let source = "https://learn.microsoft.com/azure/virtual-network/virtual-network-manage-peering"
    init() {}

    func check(_ context: ValidationContext, into findings: inout [Finding]) {
        let design = context.design
        let index = context.index
        var connected: Set<Int> = []
        for connection in design.connections {
            if let g = index.virtualNetworkGateway(connection.virtualNetworkGateway1) { connected.insert(g) }
        }
        let incoming = GatewayPlacement.incomingPeerings(context)
        let byVNet = GatewayPlacement.gatewaysByVNet(context)
        for hub in byVNet.keys.sorted() {
            guard let gateways = byVNet[hub], !gateways.contains(where: connected.contains) else { continue }
            let users = (incoming[hub] ?? []).filter {
                design.virtualNetworks[$0.vnet].virtualNetworkPeerings[$0.peering].useRemoteGateways
                    && !context.isUnknown(index.peeringPath(vnet: $0.vnet, peering: $0.peering), "useRemoteGateways")
            }
            guard !users.isEmpty else { continue }
            let paths = users.map { index.peeringPath(vnet: $0.vnet, peering: $0.peering) }
            let spokes = users.map { design.virtualNetworks[$0.vnet].name }.joined(separator: ", ")
            let names = gateways.map { design.virtualNetworkGateways[$0].name }.joined(separator: ", ")
            findings.append(
                finding(
                    "\(spokes) use the gateway of \(design.virtualNetworks[hub].name) (\(names)), which has no connection or local network gateway in the design: transit deploys but there is nothing to reach through it yet. Add the site-to-site or ExpressRoute connection, or drop useRemoteGateways.",
                    resources: [design.virtualNetworkGateways[gateways[0]].name] + paths))
        }
    }
}
